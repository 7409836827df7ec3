using OutsourcingPortal.Reporting.Api.Exports;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Messaging;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase("reportingdb");
builder.AddRedisConnection("cache");
builder.AddApiDefaults();
builder.Services.AddValidation();

var app = builder.Build();

await app.MigrateDatabaseAsync();
app.UseApiDefaults();
app.MapDefaultEndpoints();
app.MapExportsEndpoints();

app.Run();
