using OutsourcingPortal.Gateway.Health;
using OutsourcingPortal.Gateway.Routing;
using OutsourcingPortal.Gateway.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddDefaultAuthentication();
builder.AddGatewayRouting();
builder.AddDownstreamHealthChecks();

var app = builder.Build();

app.UseSecurityHeaders();
// Routes say who may pass (appsettings): /api/** needs a valid token, so anonymous calls stop here with 401.
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapReverseProxy();

app.Run();
