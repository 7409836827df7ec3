namespace OutsourcingPortal.Hosting.ApplicationModel;

/// <summary>Anything the AppHost declares: a server, a database, a project, a parameter.</summary>
public interface IResource
{
    string Name { get; }
}
