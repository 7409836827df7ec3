namespace OutsourcingPortal.Hosting.Orchestration;

public enum ResourceState
{
    Waiting,
    Starting,
    Running,
    Healthy,
    Failed,
    Stopping,
    Stopped,
}
