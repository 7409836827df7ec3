using OutsourcingPortal.BuildingBlocks.DemoData;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.Invitations;
using OutsourcingPortal.VendorRegistry.Api.Vendors;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApi("vendordb");
builder.Services.AddValidation();

var app = builder.Build();

await app.UseServiceApiAsync();
await app.SeedDemoDataAsync([.. DemoVendors.Seeds, .. DemoBriefs.Seeds]);
app.MapVendorsEndpoints();
app.MapBriefsEndpoints();
app.MapInvitationsEndpoints();

app.Run();
