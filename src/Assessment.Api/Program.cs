using OutsourcingPortal.BuildingBlocks.DemoData;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.Assessment.Api.Initiatives;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApi("assessmentdb");
builder.Services.AddValidation();

var app = builder.Build();

await app.UseServiceApiAsync();
await app.SeedDemoDataAsync(DemoInitiatives.Seeds);
app.MapInitiativesEndpoints();

app.Run();
