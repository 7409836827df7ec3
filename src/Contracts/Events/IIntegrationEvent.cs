namespace OutsourcingPortal.Contracts.Events;

/// <summary>
/// The <c>data</c> of one kind of integration event. The record names its envelope <c>type</c> (past tense, such as
/// <c>AssessmentCompleted</c>) and <c>version</c>; a breaking change is a new record with the same type and the next
/// version, so consumers of the old version keep working.
/// </summary>
public interface IIntegrationEvent
{
    static abstract string EventType { get; }

    static abstract int EventVersion { get; }
}
