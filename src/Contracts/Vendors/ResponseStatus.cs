namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>A vendor's response to a brief: a draft only its vendor sees, or submitted (final, seen by the client).</summary>
public enum ResponseStatus
{
    Draft,
    Submitted,
}
