namespace OutsourcingPortal.Contracts.Identity;

/// <summary>
/// Claim names in the portal's access tokens. Standard JWT names where one exists; the organization claims are
/// ours. A token carries <see cref="TenantId"/> for people of a client organization, <see cref="VendorId"/> for
/// people of a vendor organization, and neither for the host operator.
/// </summary>
public static class PortalClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Email = "email";
    public const string Role = "role";
    public const string TenantId = "tenant_id";
    public const string VendorId = "vendor_id";
    public const string ClientId = "client_id";
}
