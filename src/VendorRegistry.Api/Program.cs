using OutsourcingPortal.BuildingBlocks.DemoData;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.Certifications;
using OutsourcingPortal.VendorRegistry.Api.Files;
using OutsourcingPortal.VendorRegistry.Api.Invitations;
using OutsourcingPortal.VendorRegistry.Api.VendorImport;
using OutsourcingPortal.VendorRegistry.Api.VendorNotes;
using OutsourcingPortal.VendorRegistry.Api.Vendors;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApi("vendordb");
builder.Services.AddValidation();
builder.Services.AddHostedService<VendorImportWorker>();

var app = builder.Build();

await app.UseServiceApiAsync();
await app.SeedDemoDataAsync([.. DemoVendors.Seeds, .. DemoCertifications.Seeds, .. DemoBriefs.Seeds]);
app.MapVendorsEndpoints();
app.MapVendorExportEndpoints();
app.MapVendorImportsEndpoints();
app.MapVendorNotesEndpoints();
app.MapCertificationsEndpoints();
app.MapFilesEndpoints();
app.MapBriefsEndpoints();
app.MapInvitationsEndpoints();

app.Run();
