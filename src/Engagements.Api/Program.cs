using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.Engagements.Api.Engagements;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApi("engagementdb");
builder.Services.AddValidation();

var app = builder.Build();

await app.UseServiceApiAsync();
app.MapEngagementsEndpoints();

app.Run();
