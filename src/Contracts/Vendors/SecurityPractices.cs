using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>The security practices a vendor declares (domain.md §2): encryption, access control, residency, regulation.</summary>
public sealed record SecurityPractices(
    bool EncryptionInTransit,
    bool EncryptionAtRest,
    bool AccessControlAndAuditLogs,
    [StringLength(500)] string? DataResidency,
    bool Gdpr,
    bool Ccpa,
    bool Hipaa)
{
    public static readonly SecurityPractices None = new(false, false, false, null, false, false, false);
}
