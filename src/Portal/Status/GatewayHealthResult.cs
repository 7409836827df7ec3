using System.Diagnostics.CodeAnalysis;

namespace OutsourcingPortal.Portal.Status;

/// <summary>
/// What one look at the gateway's health produced: either a report (whatever it says) or the reason there is none.
/// </summary>
public sealed class GatewayHealthResult
{
    private GatewayHealthResult(GatewayHealthReport? report, string? failure)
    {
        Report = report;
        Failure = failure;
    }

    public GatewayHealthReport? Report { get; }

    /// <summary>Why no report could be read, in words an operator can act on; null when a report arrived.</summary>
    public string? Failure { get; }

    [MemberNotNullWhen(true, nameof(Report))]
    public bool HasReport => Report is not null;

    public static GatewayHealthResult Received(GatewayHealthReport report) => new(report, failure: null);

    public static GatewayHealthResult NotReceived(string failure) => new(report: null, failure);
}
