namespace OutsourcingPortal.BuildingBlocks.Audit;

/// <summary>The <c>outcome</c> column of the audit log.</summary>
public static class AuditOutcome
{
    public const string Succeeded = "succeeded";

    /// <summary>
    /// The object was unknown or another tenant's (or vendor's); the caller got 404, or where the call is idempotent (a
    /// removal), the answer it gets when the object is gone.
    /// </summary>
    public const string Denied = "denied";

    /// <summary>The caller's role may not use the endpoint; the caller got 403.</summary>
    public const string Forbidden = "forbidden";
}
