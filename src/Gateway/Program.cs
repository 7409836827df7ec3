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
// What the gateway answers itself without a body (413 over a route's size limit, 502/504 from the proxy) becomes a
// problem response too; answers from the services and the portal carry their own bodies and pass unchanged.
app.UseStatusCodePages();
// Routes say who may pass (appsettings): /api/** needs a valid token, so anonymous calls stop here with 401.
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapReverseProxy();

app.Run();
