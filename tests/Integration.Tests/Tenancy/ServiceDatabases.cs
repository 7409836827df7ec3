using Npgsql;

namespace OutsourcingPortal.Integration.Tests.Tenancy;

/// <summary>The databases the AppHost declares, and logins to them for looking underneath the APIs.</summary>
public static class ServiceDatabases
{
    public static readonly string[] Names = ["assessmentdb", "vendordb", "engagementdb", "reportingdb", "portaldb"];

    public static TheoryData<string> All => new(Names);

    /// <summary>The database behind a gateway route such as <c>/api/vendors/vendors</c>.</summary>
    public static string Of(string route) => route.Split('/')[2] switch
    {
        "assessment" => "assessmentdb",
        "vendors" => "vendordb",
        "engagements" => "engagementdb",
        "reporting" => "reportingdb",
        var segment => throw new ArgumentException($"No service database behind /api/{segment}.", nameof(route)),
    };

    /// <summary>The server's superuser, in the given database: sees the catalog and every row.</summary>
    public static NpgsqlConnection Superuser(AppFixture fixture, string database) =>
        new(new NpgsqlConnectionStringBuilder(fixture.App.GetConnectionString("postgres")) { Database = database }.ConnectionString);

    /// <summary>The login the service's own queries use.</summary>
    public static NpgsqlConnection Application(AppFixture fixture, string database) =>
        new(fixture.App.GetConnectionString(database));

    public static string ApplicationRole(AppFixture fixture, string database) =>
        new NpgsqlConnectionStringBuilder(fixture.App.GetConnectionString(database)).Username!;
}
