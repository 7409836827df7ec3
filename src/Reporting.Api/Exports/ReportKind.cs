namespace OutsourcingPortal.Reporting.Api.Exports;

/// <summary>The portfolio reports an executive can export (domain.md §4).</summary>
public enum ReportKind
{
    PortfolioSummary,
    VendorComparison,
    RiskRegister,
}
