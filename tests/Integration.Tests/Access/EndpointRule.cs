using System.Net;

namespace OutsourcingPortal.Integration.Tests.Access;

/// <summary>
/// One row of the access matrix: an endpoint as the gateway exposes it, who may use it by role, and for a write
/// what a valid body looks like. Object routes (<c>{id}</c>, at the end or followed by a sub-collection such as
/// <c>/briefs/{id}/invitations</c>) act on the scenario object of <see cref="Collection"/>.
/// </summary>
public sealed record EndpointRule(
    string Method, string Route, Func<Principal, bool> RoleAllows, Func<object>? Body = null, HttpStatusCode? Success = null)
{
    /// <summary>What an allowed caller gets: a POST creates (201) unless it is an action on an object, which says otherwise.</summary>
    public HttpStatusCode SuccessStatus => Success ?? (Method == "POST" ? HttpStatusCode.Created : HttpStatusCode.OK);

    public string Key => $"{Method} {Route}";

    private const string IdSegment = "/{id}";

    public bool IsObjectRoute => Route.Contains(IdSegment, StringComparison.Ordinal);

    public string Collection => IsObjectRoute ? Route[..Route.IndexOf(IdSegment, StringComparison.Ordinal)] : Route;

    /// <summary>The route with the scenario's object put in for <c>{id}</c>.</summary>
    public string PathIn(AccessScenario scenario) =>
        IsObjectRoute ? Route.Replace("{id}", (string)scenario.Objects[Collection]["id"]!, StringComparison.Ordinal) : Route;

    public override string ToString() => Key;
}
