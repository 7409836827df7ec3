using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Portal.ApiClients;
using OutsourcingPortal.Portal.Assessment;
using OutsourcingPortal.Portal.Audit;
using OutsourcingPortal.Portal.Briefs;
using OutsourcingPortal.Portal.Components;
using OutsourcingPortal.Portal.Data;
using OutsourcingPortal.Portal.DemoData;
using OutsourcingPortal.Portal.Gateway;
using OutsourcingPortal.Portal.Identity;
using OutsourcingPortal.Portal.People;
using OutsourcingPortal.Portal.Status;
using OutsourcingPortal.Portal.Tokens;
using OutsourcingPortal.Portal.Vendors;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();

// The AppHost starts the portal from build output, not from a publish folder, and not only in Development:
// without this, blazor.web.js and the scoped CSS bundle would be served only when the environment is Development.
builder.WebHost.UseStaticWebAssets();

builder.AddPortalDatabase();
builder.AddPortalIdentity();
builder.AddTokenIssuer();
builder.AddDemoData();

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();
builder.Services.AddSystemStatus();
builder.Services.AddGatewayApi();
builder.Services.AddAssessment();
builder.Services.AddVendors();
builder.Services.AddBriefs();
builder.Services.AddApiClients();
builder.Services.AddPeopleAndOrganizations();
builder.Services.AddAuditLog();

var app = builder.Build();

await app.MigrateDatabaseAsync();
await app.LoadSigningKeyAsync();
await app.SeedDemoDataAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

// No HTTPS redirection or HSTS: the gateway in front of the portal speaks plain HTTP on loopback.
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
app.MapDiscoveryEndpoints();
app.MapTokenEndpoint();
app.MapPersonalAccessTokenEndpoints();
app.MapVendorDownloadEndpoints();
app.MapDefaultEndpoints();

app.Run();
