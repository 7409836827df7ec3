namespace OutsourcingPortal.Contracts.Events;

/// <summary>
/// The Redis stream each service publishes its events to, <c>events:&lt;service&gt;</c>: what a consumer names to
/// read another service's events.
/// </summary>
public static class EventStreams
{
    public const string Assessment = "events:assessment";

    public const string VendorRegistry = "events:vendor-registry";

    public const string Engagements = "events:engagements";

    public const string Reporting = "events:reporting";

    public static string Of(string service) => "events:" + service;
}
