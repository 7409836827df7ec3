using OutsourcingPortal.Engagements.Api.Engagements;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Messaging;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase("engagementdb");
builder.AddRedisConnection("cache");
builder.AddApiDefaults();
builder.Services.AddValidation();

var app = builder.Build();

await app.MigrateDatabaseAsync();
app.UseApiDefaults();
app.MapDefaultEndpoints();
app.MapEngagementsEndpoints();

app.Run();
