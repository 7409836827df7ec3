using OutsourcingPortal.Assessment.Api.Assessments;
using OutsourcingPortal.Assessment.Api.Initiatives;
using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Rubrics;
using OutsourcingPortal.BuildingBlocks.DemoData;
using OutsourcingPortal.BuildingBlocks.Http;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApi("assessmentdb");
builder.Services.AddValidation();

var app = builder.Build();

await app.UseServiceApiAsync();
await app.SeedDemoDataAsync([.. DemoInitiatives.Seeds, .. DemoAssessments.Seeds]);
app.MapInitiativesEndpoints();
app.MapAssessmentsEndpoints();
app.MapQuestionnaireEndpoints();
app.MapRubricEndpoints();

app.Run();
