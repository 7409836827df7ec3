using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.Assessment.Api.Initiatives;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApi("assessmentdb");
builder.Services.AddValidation();

var app = builder.Build();

await app.UseServiceApiAsync();
app.MapInitiativesEndpoints();

app.Run();
