using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutsourcingPortal.Assessment.Api.Initiatives;
using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;
using OutsourcingPortal.Assessment.Api.Rubrics;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;
using static OutsourcingPortal.Assessment.Api.Assessments.AssessmentRecords;

namespace OutsourcingPortal.Assessment.Api.Assessments;

/// <summary>
/// Assessing an initiative: start a draft on the current questionnaire, save answers as often as needed, complete it
/// to get the recommendation, and look back over an initiative's assessments or compare two of them.
/// </summary>
public static class AssessmentsEndpoints
{
    // Forty-odd answers of at most 10 kB each, with room for the JSON around them.
    private const long MaxAnswersBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapAssessmentsEndpoints(this IEndpointRouteBuilder routes)
    {
        var ofInitiative = routes.MapGroup("/initiatives/{id:guid}/assessments").WithTags("Assessments");
        ofInitiative.MapPost("/", StartAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        ofInitiative.MapGet("/", HistoryAsync).RequireAuthorization(AccessPolicies.TenantReader);

        var group = routes.MapGroup("/assessments").WithTags("Assessments");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AccessPolicies.TenantReader);
        group.MapPut("/{id:guid}/answers", AnswerAsync).RequireAuthorization(AccessPolicies.TenantEditor)
            .WithMetadata(new RequestSizeLimitAttribute(MaxAnswersBytes));
        group.MapPost("/{id:guid}/complete", CompleteAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        group.MapGet("/{id:guid}/compare", CompareAsync).RequireAuthorization(AccessPolicies.TenantReader);
        return routes;
    }

    /// <summary>A new draft on the current questionnaire version, with no answers yet.</summary>
    private static async Task<Results<Created<AssessmentResponse>, NotFound>> StartAsync(
        Guid id, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        if (await InitiativeRecords.FindAsync(work, id, "assess", cancellationToken) is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        var now = work.Now;
        var draft = new AssessmentResponse(Guid.CreateVersion7(now), id, AssessmentStatus.Draft, Questionnaire.Current.Version,
            new Dictionary<string, AnswerValue?>(), Result: null, CompletedAt: null, now, now);
        await InsertAsync(work, draft, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TypedResults.Created($"/assessments/{draft.Id}", draft);
    }

    /// <summary>The initiative's assessments, newest first, each with what it concluded.</summary>
    private static async Task<Results<Ok<PagedResult<AssessmentSummary>>, NotFound>> HistoryAsync(
        Guid id, [AsParameters] PageQuery page, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        if (await InitiativeRecords.FindAsync(work, id, "read", cancellationToken) is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await work.PageAsync(
            $"select {Columns}, count(*) over () from assessments where initiative_id = $1 order by created_at desc, id desc",
            page, row => AssessmentSummary.Of(Read(row)), cancellationToken, id));
    }

    private static async Task<Results<Ok<AssessmentResponse>, NotFound>> GetAsync(
        Guid id, TenantDatabase database, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var assessment = await FindAsync(work, id, "read", cancellationToken);
        await work.CommitAsync(cancellationToken);
        if (assessment is null)
        {
            return TypedResults.NotFound();
        }
        response.SetETag(assessment.Version);
        return TypedResults.Ok(assessment.Value);
    }

    /// <summary>
    /// Replaces the draft's answers (a null answer clears the question). Drafts may be partial, but every answer
    /// given must fit its question; answers to another questionnaire version are refused.
    /// </summary>
    private static async Task<Results<Ok<AssessmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        Guid id, AnswerSheet answers, TenantDatabase database, HttpContext context, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var current = await FindAsync(work, id, "answer", cancellationToken);
        if (current is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (current.Value.Status == AssessmentStatus.Completed)
        {
            return AlreadyCompleted();
        }
        if (context.Request.IfMatchVersion() is not { } version)
        {
            return PreconditionProblems.IfMatchRequired();
        }
        var questionnaire = Questionnaire.ForVersion(current.Value.QuestionnaireVersion)!;
        if (questionnaire.Validate(answers, ValidationMode.Draft) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(errors));
        }
        var saved = current.Value with { Answers = Given(answers), UpdatedAt = work.Now };
        if (await SaveAnswersAsync(work, saved, version, cancellationToken) is not { } newVersion)
        {
            return PreconditionProblems.Stale();
        }
        await work.AuditAsync("answer", ObjectType, id, before: current.Value.Answers, after: saved.Answers, cancellationToken);
        await work.CommitAsync(cancellationToken);
        context.Response.SetETag((uint)newVersion);
        return TypedResults.Ok(saved);
    }

    /// <summary>
    /// Scores the draft's answers with the organization's current rubric and keeps the result with that rubric. Every
    /// required question must be answered (422 names the missing ones). Completing a completed assessment changes
    /// nothing and answers with it, so a retry is safe.
    /// </summary>
    private static async Task<Results<Ok<AssessmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> CompleteAsync(
        Guid id, TenantDatabase database, HttpContext context, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var current = await FindAsync(work, id, "complete", cancellationToken, forUpdate: true);
        if (current is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (current.Value.Status == AssessmentStatus.Completed)
        {
            context.Response.SetETag(current.Version);
            return TypedResults.Ok(current.Value);
        }
        if (context.Request.IfMatchVersion() is not { } version)
        {
            return PreconditionProblems.IfMatchRequired();
        }
        if (version != current.Version)
        {
            return PreconditionProblems.Stale();
        }
        var questionnaire = Questionnaire.ForVersion(current.Value.QuestionnaireVersion)!;
        if (questionnaire.Validate(current.Value.ToAnswerSheet(), ValidationMode.Completion) is { Count: > 0 } missing)
        {
            return RuleProblems.Unprocessable(missing,
                "The assessment cannot be completed yet.",
                "Every required question needs an answer; the errors name the unanswered ones.");
        }
        var rubric = await RubricRecords.CurrentAsync(work, cancellationToken);
        var now = work.Now;
        var completed = current.Value with
        {
            Status = AssessmentStatus.Completed,
            Result = AssessmentEngine.Assess(questionnaire, current.Value.ToAnswerSheet(), rubric),
            CompletedAt = now,
            UpdatedAt = now,
        };
        var newVersion = await AssessmentRecords.CompleteAsync(work, completed, rubric, version, cancellationToken);
        var initiative = await InitiativeRecords.MarkAssessedAsync(work, completed.InitiativeId, now, cancellationToken);
        await work.AuditAsync("complete", ObjectType, id, before: null, after: AssessmentSummary.Of(completed), cancellationToken);
        // In the same transaction: the event is published if and only if the completion commits.
        await work.PublishAsync(AssessmentEvents.Completed(completed, initiative), cancellationToken);
        await work.CommitAsync(cancellationToken);
        context.Response.SetETag((uint)newVersion!.Value);
        return TypedResults.Ok(completed);
    }

    /// <summary>This assessment against another (<c>?with=</c>), both of the caller's organization.</summary>
    private static async Task<Results<Ok<AssessmentComparison>, NotFound>> CompareAsync(
        Guid id, [FromQuery(Name = "with")] Guid other, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var first = await FindAsync(work, id, "read", cancellationToken);
        var second = first is null ? null : await FindAsync(work, other, "read", cancellationToken);
        await work.CommitAsync(cancellationToken);
        return first is null || second is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(AssessmentComparison.Of(first.Value, second.Value));
    }

    private static ProblemHttpResult AlreadyCompleted() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The assessment is completed.",
        detail: "A completed assessment keeps the answers it was scored on; start a new assessment of the initiative to change them.");

    private static Dictionary<string, AnswerValue?> Given(AnswerSheet answers) =>
        answers.Answers.Where(answer => answer.Value is not null).ToDictionary(answer => answer.Key, answer => answer.Value);
}
