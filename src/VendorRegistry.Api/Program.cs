using OutsourcingPortal.VendorRegistry.Api.Vendors;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Messaging;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDatabase("vendordb");
builder.AddRedisConnection("cache");
builder.AddApiDefaults();
builder.Services.AddValidation();

var app = builder.Build();

await app.MigrateDatabaseAsync();
app.UseApiDefaults();
app.MapDefaultEndpoints();
app.MapVendorsEndpoints();

app.Run();
