using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.VendorRegistry.Api.Vendors;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApi("vendordb");
builder.Services.AddValidation();

var app = builder.Build();

await app.UseServiceApiAsync();
app.MapVendorsEndpoints();

app.Run();
