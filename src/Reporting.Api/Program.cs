using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.Reporting.Api.Exports;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApi("reportingdb");
builder.Services.AddValidation();

var app = builder.Build();

await app.UseServiceApiAsync();
app.MapExportsEndpoints();

app.Run();
