namespace OutsourcingPortal.Hosting.ApplicationModel;

/// <summary>A resource that others reach through <c>ConnectionStrings__{name}</c>.</summary>
public interface IResourceWithConnectionString : IResource
{
    /// <summary>The live connection string, known once the AppHost has allocated or been given the server.</summary>
    string ConnectionString { get; }

    /// <summary>The same string as a manifest expression, e.g. <c>{postgres.connectionString};Database=x</c>.</summary>
    string ConnectionStringExpression { get; }
}
