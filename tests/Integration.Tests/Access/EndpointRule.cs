namespace OutsourcingPortal.Integration.Tests.Access;

/// <summary>
/// One row of the access matrix: an endpoint as the gateway exposes it, who may use it by role, and for a write
/// what a valid body looks like. Object routes (<c>{id}</c>) act on the scenario object of <see cref="Collection"/>.
/// </summary>
public sealed record EndpointRule(string Method, string Route, Func<Principal, bool> RoleAllows, Func<object>? Body = null)
{
    public string Key => $"{Method} {Route}";

    public bool IsObjectRoute => Route.EndsWith("/{id}", StringComparison.Ordinal);

    public string Collection => IsObjectRoute ? Route[..^"/{id}".Length] : Route;

    public override string ToString() => Key;
}
