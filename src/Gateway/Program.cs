using OutsourcingPortal.Gateway.Health;
using OutsourcingPortal.Gateway.Routing;
using OutsourcingPortal.Gateway.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayRouting();
builder.AddDownstreamHealthChecks();

var app = builder.Build();

app.UseSecurityHeaders();
app.MapDefaultEndpoints();
app.MapReverseProxy();

app.Run();
