using OutsourcingPortal.BuildingBlocks.DemoData;
using OutsourcingPortal.BuildingBlocks.Events;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.Contracts.Events;
using OutsourcingPortal.VendorRegistry.Api.AssessedInitiatives;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.Certifications;
using OutsourcingPortal.VendorRegistry.Api.Clarifications;
using OutsourcingPortal.VendorRegistry.Api.Files;
using OutsourcingPortal.VendorRegistry.Api.Invitations;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;
using OutsourcingPortal.VendorRegistry.Api.Reminders;
using OutsourcingPortal.VendorRegistry.Api.Responses;
using OutsourcingPortal.VendorRegistry.Api.Scoring;
using OutsourcingPortal.VendorRegistry.Api.VendorImport;
using OutsourcingPortal.VendorRegistry.Api.VendorNotes;
using OutsourcingPortal.VendorRegistry.Api.Vendors;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceApi("vendordb");
builder.Services.AddValidation();
builder.AddEventConsumer<AssessmentEventsHandler>(EventStreams.Assessment);
builder.Services.AddHostedService<VendorImportWorker>();

var app = builder.Build();

await app.UseServiceApiAsync();
await app.SeedDemoDataAsync([.. DemoVendors.Seeds, .. DemoCertifications.Seeds, .. DemoBriefs.Seeds]);
app.MapVendorsEndpoints();
app.MapAssessedInitiativesEndpoints();
app.MapScoringTemplateEndpoints();
app.MapBriefQuestionnaireEndpoints();
app.MapVendorExportEndpoints();
app.MapVendorImportsEndpoints();
app.MapVendorNotesEndpoints();
app.MapCertificationsEndpoints();
app.MapFilesEndpoints();
app.MapBriefsEndpoints();
app.MapBriefInvitationsEndpoints();
app.MapBriefResponsesEndpoints();
app.MapAwardEndpoints();
app.MapScorecardsEndpoints();
app.MapEvaluationEndpoints();
app.MapRedFlagsEndpoints();
app.MapClarificationsEndpoints();
app.MapInvitationsEndpoints();
app.MapVendorResponsesEndpoints();
app.MapResponseAttachmentsEndpoints();
app.MapRemindersEndpoints();

app.Run();
