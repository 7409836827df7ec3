namespace OutsourcingPortal.Hosting.Tests;

/// <summary>Builders for small applications declared in a test, each with its own scratch data folder.</summary>
internal static class TestApplication
{
    public static DistributedApplicationBuilder CreateBuilder(string dataDirectory) =>
        new([$"--AppHost:DataDirectory={dataDirectory}"], typeof(TestApplication).Assembly, testingHook: null);

    public static string CreateDataDirectory() => ScratchDirectory.Create("hosting-tests-");
}
