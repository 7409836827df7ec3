namespace OutsourcingPortal.Portal.Identity;

/// <summary>
/// Claims of the portal's sign-in cookie that no access token carries. The cookie otherwise uses the token's claim
/// names (<see cref="Contracts.Identity.PortalClaims"/>), so a token is the cookie's claims re-signed.
/// </summary>
public static class PortalUserClaims
{
    public const string OrganizationName = "organization_name";
}
