using System.Net;

namespace OutsourcingPortal.Integration.Tests.Access;

/// <summary>
/// One row of the access matrix: an endpoint as the gateway exposes it, who may use it by role, and for a write
/// what a valid body looks like. Object routes (<c>{id}</c>, at the end or followed by a sub-collection such as
/// <c>/briefs/{id}/invitations</c>) act on the scenario object of <see cref="Collection"/>.
/// </summary>
/// <param name="Example">The path to call when the route's parameter is not an object id (<c>/questionnaires/1</c>).</param>
/// <param name="Query">A query string the call needs, made from the scenario (<c>?with=…</c>).</param>
/// <param name="ScenarioObject">Which scenario object the route acts on when not its collection's usual one.</param>
/// <param name="ReadRoute">Where the object the route changes is read (its ETag, and what a PUT sends back), when not
/// the object itself: a vendor's response is read at <c>/invitations/{id}/response</c>.</param>
/// <param name="Owner">Who reads that object: tenant A's admin, unless the object is a vendor's own.</param>
/// <param name="PerOrganization">
/// The route's resource is each caller's own (its organization's notes on the scenario vendor, an evaluator's own
/// scorecard): it is read and edited at the caller's own version, and one caller's write never touches another's.
/// </param>
/// <param name="BodyIn">A body made from the scenario (the response to award), instead of <paramref name="Body"/>.</param>
/// <param name="Repeated">What allowed callers get once the first of them succeeded, for an action that happens once (an award).</param>
/// <remarks>A <paramref name="Body"/> that makes <see cref="HttpContent"/> is sent as it is (a file, a CSV); anything else as JSON.</remarks>
public sealed record EndpointRule(
    string Method,
    string Route,
    Func<Principal, bool> RoleAllows,
    Func<object>? Body = null,
    HttpStatusCode? Success = null,
    string? Example = null,
    Func<AccessScenario, string>? Query = null,
    string? ScenarioObject = null,
    string? ReadRoute = null,
    Principal? Owner = null,
    bool PerOrganization = false,
    Func<AccessScenario, object>? BodyIn = null,
    HttpStatusCode? Repeated = null)
{
    /// <summary>What an allowed caller gets: a POST creates (201) unless it is an action on an object, which says otherwise.</summary>
    public HttpStatusCode SuccessStatus => Success ?? (Method == "POST" ? HttpStatusCode.Created : HttpStatusCode.OK);

    public string Key => $"{Method} {Route}";

    private const string IdSegment = "/{id}";

    public bool IsObjectRoute => Route.Contains(IdSegment, StringComparison.Ordinal);

    public string Collection => IsObjectRoute ? Route[..Route.IndexOf(IdSegment, StringComparison.Ordinal)] : Route;

    /// <summary>The key of the scenario object in <see cref="AccessScenario.Objects"/>.</summary>
    public string ObjectKey => ScenarioObject ?? Collection;

    public Principal OwnerPrincipal => Owner ?? Principal.TenantAAdmin;

    /// <summary>Where the object the route acts on is read (for its ETag), or the route itself.</summary>
    public string ObjectPathIn(AccessScenario scenario) =>
        ReadRoute is not null ? Resolve(ReadRoute, scenario)
        : PerOrganization ? PathIn(scenario)
        : IsObjectRoute ? $"{Collection}/{scenario.Objects[ObjectKey]["id"]}"
        : Example ?? Route;

    /// <summary>The request body, if the rule has one: as made, or as JSON.</summary>
    public HttpContent? Content(AccessScenario scenario) => (BodyIn?.Invoke(scenario) ?? Body?.Invoke()) switch
    {
        null => null,
        HttpContent content => content,
        var value => System.Net.Http.Json.JsonContent.Create(value),
    };

    /// <summary>The route with the scenario's object put in for <c>{id}</c> (and its other ids by name), and its query.</summary>
    public string PathIn(AccessScenario scenario) =>
        (IsObjectRoute ? Resolve(Route, scenario) : Example ?? Route) + (Query?.Invoke(scenario) ?? "");

    private string Resolve(string route, AccessScenario scenario) =>
        scenario.IdsOf(ObjectKey).Aggregate(route.Replace("{id}", (string)scenario.Objects[ObjectKey]["id"]!, StringComparison.Ordinal),
            (path, id) => path.Replace($"{{{id.Key}}}", id.Value, StringComparison.Ordinal));

    public override string ToString() => Key;
}
