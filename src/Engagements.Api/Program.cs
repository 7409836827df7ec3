using OutsourcingPortal.BuildingBlocks.DemoData;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.Engagements.Api.Engagements;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApi("engagementdb");
builder.Services.AddValidation();

var app = builder.Build();

await app.UseServiceApiAsync();
await app.SeedDemoDataAsync(DemoEngagements.Seeds);
app.MapEngagementsEndpoints();

app.Run();
