
var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres("postgres");
var assessmentDb = postgres.AddDatabase("assessmentdb");
var vendorDb = postgres.AddDatabase("vendordb");
var engagementDb = postgres.AddDatabase("engagementdb");
var reportingDb = postgres.AddDatabase("reportingdb");
var portalDb = postgres.AddDatabase("portaldb");

var cache = builder.AddRedis("cache");

var assessment = builder.AddProject<Projects.Assessment_Api>("assessment-api")
    .WithReference(assessmentDb).WaitFor(assessmentDb)
    .WithReference(cache).WaitFor(cache);

var vendorRegistry = builder.AddProject<Projects.VendorRegistry_Api>("vendor-registry-api")
    .WithReference(vendorDb).WaitFor(vendorDb)
    .WithReference(cache).WaitFor(cache);

var engagements = builder.AddProject<Projects.Engagements_Api>("engagements-api")
    .WithReference(engagementDb).WaitFor(engagementDb)
    .WithReference(cache).WaitFor(cache);

var reporting = builder.AddProject<Projects.Reporting_Api>("reporting-api")
    .WithReference(reportingDb).WaitFor(reportingDb)
    .WithReference(cache).WaitFor(cache);

var gateway = builder.AddProject<Projects.Gateway>("gateway");

// The portal signs everyone in and issues the access tokens; the APIs and the gateway fetch its signing keys.
var portal = builder.AddProject<Projects.Portal>("portal")
    .WithReference(portalDb).WaitFor(portalDb)
    .WithReference(cache).WaitFor(cache)
    .WithReference(gateway);

foreach (var api in new[] { assessment, vendorRegistry, engagements, reporting })
{
    api.WithReference(portal);
}

// The gateway is the one public entry: the portal at "/" and every API under "/api/...".
// An explicit PORTAL_PORT must be honoured; the default gives way to a free port if 8080 is taken.
var portalPort = builder.Configuration.GetValue<int?>("PORTAL_PORT");
gateway
    .WithReference(assessment).WaitFor(assessment)
    .WithReference(vendorRegistry).WaitFor(vendorRegistry)
    .WithReference(engagements).WaitFor(engagements)
    .WithReference(reporting).WaitFor(reporting)
    .WithReference(portal).WaitFor(portal)
    .WithExternalHttpEndpoints()
    .WithHttpEndpoint(port: portalPort ?? 8080, strict: portalPort is not null)
    .WithUrlLabel("Portal");

builder.Build().Run();

/// <summary>Public so the testing entry point can name this AppHost: <c>CreateAsync&lt;Program&gt;()</c>.</summary>
public partial class Program;
