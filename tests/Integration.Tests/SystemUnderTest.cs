namespace OutsourcingPortal.Integration.Tests;

/// <summary>What the AppHost declares, as test data: every API's gateway segment and every service behind the gateway.</summary>
public static class SystemUnderTest
{
    public static readonly string[] GatewayDestinationNames =
        ["assessment-api", "vendor-registry-api", "engagements-api", "reporting-api", "portal"];

    public static readonly string[] ApiSegmentNames = ["assessment", "vendors", "engagements", "reporting"];

    public static TheoryData<string> ApiSegments => new(ApiSegmentNames);

    public static TheoryData<string> GatewayDestinations => new(GatewayDestinationNames);
}

/// <summary>The service the tests run with a deliberately tiny connection pool.</summary>
public static class PooledService
{
    public const string Name = "assessment-api";

    public const string Database = "assessmentdb";

    public const int MaxPoolSize = 2;
}
