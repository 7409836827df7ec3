namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>A certification on the day it is read: not yet issued, valid, valid but expiring within 60 days, or expired.</summary>
public enum CertificationStatus
{
    NotYetValid,
    Valid,
    ExpiringSoon,
    Expired,
}
