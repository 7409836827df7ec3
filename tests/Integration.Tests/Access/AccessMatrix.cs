using System.Net;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Integration.Tests.Access;

/// <summary>
/// Every endpoint of every service and who may call it, written out independently of the services' own policies.
/// <see cref="AccessMatrixTests"/> fails when a service has an endpoint that is not listed here.
/// </summary>
public static class AccessMatrix
{
    private static bool TenantReader(Principal principal) => principal.IsClient;

    private static bool TenantEditor(Principal principal) => principal.Role is PortalRoles.OrgAdmin or PortalRoles.Evaluator;

    private static bool TenantAdmin(Principal principal) => principal.Role is PortalRoles.OrgAdmin;

    private static bool TenantReaderOrVendor(Principal principal) => principal.IsClient || principal.IsVendor;

    private static bool RegistryReader(Principal principal) => TenantReaderOrVendor(principal) || principal.Role is PortalRoles.HostOperator;

    private static bool VendorMember(Principal principal) => principal.IsVendor;

    private static bool HostOperator(Principal principal) => principal.Role is PortalRoles.HostOperator;

    private static bool RegistryBrowser(Principal principal) => principal.IsClient || HostOperator(principal);

    private static bool VendorProfileEditor(Principal principal) => principal.Role is PortalRoles.VendorAdmin || HostOperator(principal);

    public static readonly IReadOnlyList<EndpointRule> Rules =
    [
        new("POST", "/api/assessment/initiatives", TenantEditor, () => new { name = "Matrix initiative", useCase = "Access matrix" }),
        new("GET", "/api/assessment/initiatives", TenantReader),
        new("GET", "/api/assessment/initiatives/{id}", TenantReader),
        // Same words as the scenario wrote, so the leak checks still recognise it; what changes is updatedAt.
        new("PUT", "/api/assessment/initiatives/{id}", TenantEditor,
            () => new { name = AccessScenario.InitiativeName, useCase = AccessScenario.InitiativeUseCase }),
        new("GET", "/api/assessment/questionnaires/current", TenantReader),
        new("GET", "/api/assessment/questionnaires/{version}", TenantReader, Example: "/api/assessment/questionnaires/1"),
        new("GET", "/api/assessment/rubric", TenantReader),
        // Each organization edits its own rubric: tenant B's admin saves a version of B's, which is not foreign.
        new("PUT", "/api/assessment/rubric", TenantAdmin),
        new("POST", "/api/assessment/initiatives/{id}/assessments", TenantEditor),
        new("GET", "/api/assessment/initiatives/{id}/assessments", TenantReader),
        new("GET", "/api/assessment/assessments/{id}", TenantReader),
        new("PUT", "/api/assessment/assessments/{id}/answers", TenantEditor),
        // Completing a completed assessment changes nothing and answers the same, so both editors get 200.
        new("POST", "/api/assessment/assessments/{id}/complete", TenantEditor, Success: HttpStatusCode.OK,
            ScenarioObject: AccessScenario.AssessmentToComplete),
        new("GET", "/api/assessment/assessments/{id}/compare", TenantReader,
            Query: scenario => $"?with={scenario.Objects[AccessScenario.AssessmentToComplete]["id"]}"),
        // Archiving twice, or restoring the active, changes nothing and answers the same.
        new("POST", "/api/assessment/initiatives/{id}/archive", TenantEditor, Success: HttpStatusCode.OK),
        new("POST", "/api/assessment/initiatives/{id}/restore", TenantEditor, Success: HttpStatusCode.OK),
        new("GET", "/api/assessment/audit-log", TenantAdmin),

        new("POST", "/api/vendors/vendors", HostOperator, () => new { organizationId = Guid.NewGuid(), name = "Matrix vendor" }),
        new("GET", "/api/vendors/vendors", RegistryReader),
        new("GET", "/api/vendors/vendors/{id}", RegistryReader),
        // The vendor's own admins and the host keep a profile; another vendor finds none (404). The body is what was read.
        new("PUT", "/api/vendors/vendors/{id}", VendorProfileEditor),
        new("GET", "/api/vendors/vendors/export.csv", RegistryBrowser),
        new("POST", "/api/vendors/vendors/imports", HostOperator, AccessScenario.ImportCsv, Success: HttpStatusCode.Accepted),
        new("GET", "/api/vendors/vendors/imports/{id}", HostOperator),
        // Each client organization has its own notes on the vendor: tenant B reads and writes B's, never A's.
        new("GET", "/api/vendors/vendors/{id}/notes", TenantReader, PerOrganization: true),
        new("PUT", "/api/vendors/vendors/{id}/notes", TenantEditor, () => new { rating = 4, notes = "Matrix notes" }, PerOrganization: true),
        new("GET", "/api/vendors/vendors/{id}/certifications", RegistryReader),
        new("POST", "/api/vendors/vendors/{id}/certifications", VendorProfileEditor,
            () => new { kind = "iso-42001", issuedOn = "2026-01-01", expiresOn = "2029-01-01" }),
        new("GET", "/api/vendors/certifications/{id}", RegistryReader),
        new("PUT", "/api/vendors/certifications/{id}", VendorProfileEditor),
        new("POST", "/api/vendors/certifications/{id}/evidence", VendorProfileEditor,
            () => new StringContent("Matrix evidence"), Query: _ => "?fileName=matrix.txt"),
        new("GET", "/api/vendors/files/{id}", RegistryReader),
        new("GET", "/api/vendors/assessed-initiatives", TenantReader),
        new("GET", "/api/vendors/scoring-template", TenantReader),
        // Each organization edits its own template, as with the rubric.
        new("PUT", "/api/vendors/scoring-template", TenantAdmin),
        new("GET", "/api/vendors/brief-questionnaires/current", TenantReaderOrVendor),
        new("GET", "/api/vendors/brief-questionnaires/{version}", TenantReaderOrVendor, Example: "/api/vendors/brief-questionnaires/1"),
        new("POST", "/api/vendors/briefs", TenantEditor,
            () => new { title = "Matrix brief", summary = "Access matrix", deadline = DateTimeOffset.UtcNow.AddDays(30) }),
        new("GET", "/api/vendors/briefs", TenantReader),
        new("GET", "/api/vendors/briefs/{id}", TenantReader),
        new("PUT", "/api/vendors/briefs/{id}", TenantEditor, ScenarioObject: AccessScenario.DraftBrief),
        // Issuing an issued brief changes nothing and answers the same.
        new("POST", "/api/vendors/briefs/{id}/issue", TenantEditor, Success: HttpStatusCode.OK),
        // Every allowed call moves the deadline a little later than the one before.
        new("POST", "/api/vendors/briefs/{id}/deadline", TenantEditor, () => new { deadline = DateTimeOffset.UtcNow.AddDays(45) },
            Success: HttpStatusCode.OK),
        new("POST", "/api/vendors/briefs/{id}/invitations", TenantEditor, () => new { vendorId = AccessScenario.NextInvitee() }),
        new("GET", "/api/vendors/briefs/{id}/invitations", TenantReader),
        // Withdrawing a withdrawn invitation changes nothing.
        new("DELETE", "/api/vendors/briefs/{id}/invitations/{invitationId}", TenantEditor, Success: HttpStatusCode.NoContent,
            ScenarioObject: AccessScenario.DraftBrief),
        new("GET", "/api/vendors/briefs/{id}/responses", TenantReader),
        new("GET", "/api/vendors/briefs/{id}/responses/{responseId}", TenantReader),
        new("POST", "/api/vendors/briefs/{id}/responses/{responseId}/shortlist", TenantEditor, Success: HttpStatusCode.OK),
        new("DELETE", "/api/vendors/briefs/{id}/responses/{responseId}/shortlist", TenantEditor),
        // Each evaluator keeps its own scorecard of a response, read and saved at its own version; executives never score.
        new("GET", "/api/vendors/briefs/{id}/responses/{responseId}/scorecard", TenantEditor),
        new("PUT", "/api/vendors/briefs/{id}/responses/{responseId}/scorecard", TenantEditor,
            () => new { scores = new Dictionary<string, int> { ["problem-definition"] = 4 }, comment = "Matrix" }, PerOrganization: true),
        // Each of tenant A's editors submits its own scorecard, once: on another brief's response, so the scenario's stay drafts.
        new("POST", "/api/vendors/briefs/{id}/responses/{responseId}/scorecard/submit", TenantEditor, Success: HttpStatusCode.OK,
            ScenarioObject: AccessScenario.ScoredBrief, ReadRoute: "/api/vendors/briefs/{id}/responses/{responseId}/scorecard", PerOrganization: true),
        new("GET", "/api/vendors/briefs/{id}/responses/{responseId}/scorecards", TenantReader),
        new("GET", "/api/vendors/briefs/{id}/evaluation", TenantReader),
        new("GET", "/api/vendors/briefs/{id}/responses/{responseId}/red-flags", TenantReader),
        // Every dismissal takes another of the scenario response's flags.
        new("POST", "/api/vendors/briefs/{id}/responses/{responseId}/red-flags/dismissals", TenantEditor,
            BodyIn: scenario => new { flagKey = scenario.NextFlagKey(), reason = "Checked with the vendor: a target, not a promise." }),
        // A brief is awarded once: whoever comes after the first editor finds it awarded.
        new("POST", "/api/vendors/briefs/{id}/award", TenantEditor, Success: HttpStatusCode.OK, ScenarioObject: AccessScenario.BriefToAward,
            BodyIn: scenario => new { responseId = scenario.Ids["awardResponseId"], rationale = "The only response." }, Repeated: HttpStatusCode.Conflict),
        new("GET", "/api/vendors/briefs/{id}/clarifications", TenantReader),
        new("POST", "/api/vendors/briefs/{id}/clarifications/{clarificationId}/answer", TenantEditor,
            () => new { answer = "About two thousand a month." }, Success: HttpStatusCode.OK),
        new("GET", "/api/vendors/invitations", VendorMember),
        new("GET", "/api/vendors/invitations/{id}", VendorMember),
        new("GET", "/api/vendors/invitations/{id}/response", VendorMember),
        new("PUT", "/api/vendors/invitations/{id}/response", VendorMember, () => new { questionnaireVersion = 1, answers = new { } },
            ScenarioObject: AccessScenario.DraftResponseInvitation, ReadRoute: "/api/vendors/invitations/{id}/response", Owner: Principal.InvitedVendor),
        // Submitting a submitted response changes nothing and answers the same.
        new("POST", "/api/vendors/invitations/{id}/response/submit", VendorMember, Success: HttpStatusCode.OK,
            ReadRoute: "/api/vendors/invitations/{id}/response", Owner: Principal.InvitedVendor),
        // Every allowed call attaches one more file to the invited vendor's draft response.
        new("POST", "/api/vendors/invitations/{id}/response/attachments", VendorMember, () => new StringContent("Matrix attachment"),
            Query: _ => "?questionId=team-members&fileName=matrix.txt", ScenarioObject: AccessScenario.DraftResponseInvitation),
        // Removing a removed attachment changes nothing.
        new("DELETE", "/api/vendors/invitations/{id}/response/attachments/{fileId}", VendorMember, Success: HttpStatusCode.NoContent,
            ScenarioObject: AccessScenario.DraftResponseInvitation),
        new("POST", "/api/vendors/invitations/{id}/clarifications", VendorMember, () => new { question = "May we see sample invoices?" }),
        new("GET", "/api/vendors/invitations/{id}/clarifications", VendorMember),
        // Each caller's own: its organization's briefs, or its vendor's invitations and certifications; the host has none.
        new("GET", "/api/vendors/reminders", TenantReaderOrVendor),
        new("GET", "/api/vendors/audit-log", TenantAdmin),

        new("POST", "/api/engagements/engagements", TenantEditor,
            () => new { name = "Matrix engagement", vendorId = DemoDirectory.NeuralWorks, vendorName = "NeuralWorks" }),
        new("GET", "/api/engagements/engagements", TenantReaderOrVendor),
        new("GET", "/api/engagements/engagements/{id}", TenantReaderOrVendor),
        new("GET", "/api/engagements/audit-log", TenantAdmin),

        new("POST", "/api/reporting/exports", TenantReader, () => new { report = "risk-register", format = "pdf" }),
        new("GET", "/api/reporting/exports", TenantReader),
        new("GET", "/api/reporting/exports/{id}", TenantReader),
        new("GET", "/api/reporting/audit-log", TenantAdmin),
    ];

    public static TheoryData<EndpointRule> All => new(Rules);

    /// <summary>The writes that create something, each answered with the new object.</summary>
    public static TheoryData<EndpointRule> Creates => new(Rules.Where(rule => rule.SuccessStatus == HttpStatusCode.Created));
}
