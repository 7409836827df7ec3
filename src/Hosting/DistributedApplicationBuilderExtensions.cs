using Microsoft.Extensions.Configuration;
using OutsourcingPortal.Hosting.ApplicationModel;

namespace OutsourcingPortal.Hosting;

/// <summary>The Aspire vocabulary for declaring resources: AddPostgres, AddDatabase, AddRedis, AddProject.</summary>
public static class DistributedApplicationBuilderExtensions
{
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this DistributedApplicationBuilder builder, string name)
    {
        var password = builder.AddResource(new ParameterResource($"{name}-password", secret: true, generatedMinLength: 22));
        var server = new PostgresServerResource(name, password.Resource)
        {
            ExternalConnectionString = builder.Configuration.GetConnectionString(name),
        };
        return builder.AddResource(server);
    }

    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> server, string name, string? databaseName = null)
    {
        var builder = server.ApplicationBuilder;
        var ownerPassword = builder.AddResource(new ParameterResource($"{name}-owner-password", secret: true, generatedMinLength: 22));
        var applicationPassword = builder.AddResource(new ParameterResource($"{name}-app-password", secret: true, generatedMinLength: 22));
        var database = new PostgresDatabaseResource(
            name, databaseName ?? name, server.Resource, ownerPassword.Resource, applicationPassword.Resource);
        server.Resource.Databases.Add(database);
        database.WaitsFor.Add(server.Resource);
        return builder.AddResource(database);
    }

    public static IResourceBuilder<RedisResource> AddRedis(this DistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new RedisResource(name)
        {
            ExternalConnectionString = builder.Configuration.GetConnectionString(name),
        });

    public static IResourceBuilder<ProjectResource> AddProject<TProject>(this DistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new() =>
        builder.AddResource(new ProjectResource(name, new TProject()));
}
