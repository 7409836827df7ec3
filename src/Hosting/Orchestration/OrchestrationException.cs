namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>A resource could not be started; the message says which and why, data is left untouched.</summary>
public sealed class OrchestrationException(string message) : Exception(message);
