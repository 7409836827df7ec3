using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Access;
using OutsourcingPortal.Integration.Tests.Tenancy;
using static OutsourcingPortal.Integration.Tests.Briefs.BriefClient;
using static OutsourcingPortal.Integration.Tests.VendorRegistry.RawUploads;

namespace OutsourcingPortal.Integration.Tests.Briefs;

/// <summary>
/// Files attached to a vendor's answers: kept while the response is a draft, read by the client once it is submitted,
/// never by another vendor or another organization; typed and limited as evidence is.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ResponseAttachmentTests(AppFixture fixture)
{
    private const string Question = "team-members";

    /// <summary>The API's cap on one response's files (<c>ResponseAttachmentsEndpoints.MaxPerResponse</c>).</summary>
    private const int MaxPerResponse = 20;

    private static readonly Guid NeuralWorksIso27001 = new("0193a000-0000-7000-8004-000000000001");

    [Fact]
    public async Task An_attachment_is_listed_by_question_and_the_client_downloads_it_once_the_response_is_submitted()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var (brief, invitation) = await DraftAsync(client, vendor, "Attached CVs");

        using var upload = await AttachAsync(vendor, invitation, Question, Pdf, "Team CVs.pdf");
        var file = (await upload.Content.ReadFromJsonAsync<JsonObject>())!;
        var own = await ResponseOfAsync(vendor, invitation);
        using var beforeSubmit = await client.GetAsync(FileUri(file));
        var submitted = await AnswerAndSubmitAsync(vendor, invitation);
        var clientView = (await client.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/briefs/{brief}/responses/{submitted["id"]}", UriKind.Relative)))!;
        using var download = await client.GetAsync(FileUri(file));

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(("application/pdf", "Team CVs.pdf"), ((string?)file["contentType"], (string?)file["fileName"]));
        Assert.Equal((string?)file["id"], (string?)Assert.Single(own["attachments"]![Question]!.AsArray())!["id"]);
        Assert.Single(own["attachments"]!.AsObject());
        Assert.Equal(HttpStatusCode.NotFound, beforeSubmit.StatusCode);
        Assert.Equal((string?)file["id"], (string?)Assert.Single(submitted["attachments"]![Question]!.AsArray())!["id"]);
        Assert.Equal((string?)file["id"], (string?)Assert.Single(clientView["attachments"]![Question]!.AsArray())!["id"]);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task Another_vendor_and_another_organization_never_read_an_attachment()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var neuralWorks = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        using var quickAi = await fixture.Principals.ClientAsync(Principal.IdleVendor);
        using var contoso = await fixture.Principals.ClientAsync(Principal.TenantBAdmin);
        var (brief, invitation) = await DraftAsync(client, neuralWorks, "Attachments kept apart");
        var other = await QuickAisDraftAsync(client, quickAi, brief);
        var file = await AttachedAsync(neuralWorks, invitation, "secret.pdf");
        await AnswerAndSubmitAsync(neuralWorks, invitation);

        using var byVendor = await quickAi.GetAsync(FileUri(file));
        using var byForeignTenant = await contoso.GetAsync(FileUri(file));
        using var intoOthersInvitation = await AttachAsync(quickAi, invitation, Question, Pdf, "planted.pdf");
        using var removedByVendor = await quickAi.DeleteAsync(new Uri($"/api/vendors/invitations/{other}/response/attachments/{file["id"]}", UriKind.Relative));
        var quickAisOwn = await ResponseOfAsync(quickAi, other);
        using var byClient = await client.GetAsync(FileUri(file));

        Assert.Equal(HttpStatusCode.NotFound, byVendor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byForeignTenant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, intoOthersInvitation.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removedByVendor.StatusCode);
        Assert.Empty(quickAisOwn["attachments"]!.AsObject());
        Assert.Equal(HttpStatusCode.OK, byClient.StatusCode);
    }

    [Fact]
    public async Task A_submitted_response_keeps_its_attachments_no_file_is_added_or_removed_after_submission()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var (_, invitation) = await DraftAsync(client, vendor, "Attachments final");
        var file = await AttachedAsync(vendor, invitation, "kept.pdf");
        await AnswerAndSubmitAsync(vendor, invitation);

        using var late = await AttachAsync(vendor, invitation, Question, Pdf, "late.pdf");
        using var removed = await RemoveAsync(vendor, invitation, file);
        var response = await ResponseOfAsync(vendor, invitation);

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, removed.StatusCode);
        Assert.Equal(["kept.pdf"], FileNames(response));
    }

    [Fact]
    public async Task Attachments_are_refused_after_the_deadline_until_the_client_extends_it()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var (brief, invitation) = await DraftAsync(client, vendor, "Attachments past the deadline");
        var file = await AttachedAsync(vendor, invitation, "in-time.pdf");
        await MoveDeadlineIntoThePastAsync(brief);

        using var late = await AttachAsync(vendor, invitation, Question, Pdf, "late.pdf");
        using var removed = await RemoveAsync(vendor, invitation, file);
        (await client.PostAsJsonAsync(new Uri($"/api/vendors/briefs/{brief}/deadline", UriKind.Relative),
            new { deadline = DateTimeOffset.UtcNow.AddDays(7) })).EnsureSuccessStatusCode();
        using var inTime = await AttachAsync(vendor, invitation, Question, Pdf, "extended.pdf");

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, inTime.StatusCode);
        Assert.Equal(["in-time.pdf", "extended.pdf"], FileNames(await ResponseOfAsync(vendor, invitation)));
    }

    [Fact]
    public async Task A_draft_loses_a_removed_attachment_and_its_file_and_the_removal_is_audited()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var (_, invitation) = await DraftAsync(client, vendor, "Attachment removed");
        var file = await AttachedAsync(vendor, invitation, "wrong.pdf");

        using var removed = await RemoveAsync(vendor, invitation, file);
        using var again = await RemoveAsync(vendor, invitation, file);
        using var download = await vendor.GetAsync(FileUri(file));
        var response = await ResponseOfAsync(vendor, invitation);
        var audit = await AuditAsync(Guid.Parse((string)file["id"]!));

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (removed.StatusCode, again.StatusCode));
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Empty(response["attachments"]!.AsObject());
        var changes = audit.Where(row => row.Outcome == "succeeded").ToList();
        Assert.Equal(["create", "delete"], changes.Select(row => row.Action));
        Assert.All(changes, row => Assert.Equal(Question, (string?)JsonNode.Parse(row.Snapshot!)!["questionId"]));
        // Removing it again finds nothing to remove.
        Assert.Equal(Principal.InvitedVendor.Account!.DisplayName, Assert.Single(audit, row => row is { Action: "delete", Outcome: "denied" }).ActorName);
    }

    [Fact]
    public async Task Another_vendor_removing_a_drafts_attachment_gets_204_the_file_stays_and_the_attempt_is_audited_as_denied()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var neuralWorks = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        using var quickAi = await fixture.Principals.ClientAsync(Principal.IdleVendor);
        var (brief, invitation) = await DraftAsync(client, neuralWorks, "Draft attachment kept from another vendor");
        var other = await QuickAisDraftAsync(client, quickAi, brief);
        var file = await AttachedAsync(neuralWorks, invitation, "draft-only.pdf");

        using var removed = await RemoveAsync(quickAi, other, file);
        var response = await ResponseOfAsync(neuralWorks, invitation);
        using var download = await neuralWorks.GetAsync(FileUri(file));
        var audit = await AuditAsync(Guid.Parse((string)file["id"]!));

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(["draft-only.pdf"], FileNames(response));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.DoesNotContain(audit, row => row is { Action: "delete", Outcome: "succeeded" });
        Assert.Equal(Principal.IdleVendor.Account!.DisplayName, Assert.Single(audit, row => row is { Action: "delete", Outcome: "denied" }).ActorName);
    }

    [Fact]
    public async Task A_response_takes_at_most_20_files_whatever_their_questions_the_next_is_409_and_kept_nowhere()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var (_, invitation) = await DraftAsync(client, vendor, "Attachments capped");
        var first = await AttachedAsync(vendor, invitation, "cv-1.pdf");
        for (var number = 2; number <= MaxPerResponse; number++)
        {
            await AttachedAsync(vendor, invitation, $"cv-{number}.pdf");
        }
        var refusedName = $"one-too-many-{Guid.NewGuid():N}.pdf";

        using var refused = await AttachAsync(vendor, invitation, "pilot-proposal", Pdf, refusedName);
        var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>())!;
        var kept = await ResponseOfAsync(vendor, invitation);
        using var removed = await RemoveAsync(vendor, invitation, first);
        using var replacement = await AttachAsync(vendor, invitation, "pilot-proposal", Pdf, "pilot.pdf");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal($"The response has {MaxPerResponse} attachments, the most it takes.", (string?)problem["title"]);
        Assert.Equal(MaxPerResponse, FileNames(kept).Count);
        Assert.Single(kept["attachments"]!.AsObject());
        Assert.Equal(0L, await CountAsync("select count(*) from files where file_name = $1", refusedName));
        Assert.Equal(0L, await CountAsync("select count(*) from audit_log where after->>'fileName' = $1", refusedName));
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.Created), (removed.StatusCode, replacement.StatusCode));
    }

    [Fact]
    public async Task Underneath_the_API_a_vendor_links_only_its_own_files_to_its_draft_and_to_its_certifications()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var (_, invitation) = await DraftAsync(client, vendor, "Attachments of own files only");
        var response = Guid.Parse((string)(await ResponseOfAsync(vendor, invitation))["id"]!);
        await using var database = NpgsqlDataSource.Create(fixture.App.GetConnectionString("vendordb")!);
        var neuralWorks = new RequestActor(null, "NeuralWorks' own system", null, DemoDirectory.NeuralWorks, false);
        Guid othersFile;
        // Another vendor's file, such as its certificate's evidence: a foreign key on the id alone finds it whatever the policies say.
        await using (var quickAi = await UnitOfWork.BeginAsync(database, new RequestActor(null, "QuickAI", null, DemoDirectory.QuickAi, false),
            TimeProvider.System, CancellationToken.None))
        {
            othersFile = await InsertFileAsync(quickAi, DemoDirectory.QuickAi);
            await quickAi.CommitAsync(CancellationToken.None);
        }

        var refusedAttachment = await RefusedAsync(database, neuralWorks, work => LinkAsync(work, response, othersFile));
        var refusedEvidence = await RefusedAsync(database, neuralWorks, work => work.ExecuteAsync(
            "insert into certification_evidence (certification_id, file_id, vendor_id, created_at) values ($1, $2, app_vendor_id(), now())",
            CancellationToken.None, NeuralWorksIso27001, othersFile));
        // Its own file it links (rolled back: the draft keeps no file).
        int linked;
        await using (var own = await UnitOfWork.BeginAsync(database, neuralWorks, TimeProvider.System, CancellationToken.None))
        {
            linked = await LinkAsync(own, response, await InsertFileAsync(own, DemoDirectory.NeuralWorks));
        }

        Assert.Equal((PostgresErrorCodes.ForeignKeyViolation, "brief_response_attachments_file_of_vendor_fkey"),
            (refusedAttachment.SqlState, refusedAttachment.ConstraintName));
        Assert.Equal((PostgresErrorCodes.ForeignKeyViolation, "certification_evidence_file_of_vendor_fkey"),
            (refusedEvidence.SqlState, refusedEvidence.ConstraintName));
        Assert.Equal(1, linked);
    }

    public static TheoryData<string?, string> BadQuestions => new()
    {
        { null, "Name the question" },
        { "no-such-question", "'no-such-question' is not a question" },
    };

    [Theory]
    [MemberData(nameof(BadQuestions))]
    public async Task An_unknown_or_missing_question_is_400_at_questionId_and_nothing_is_kept(string? questionId, string message)
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var (_, invitation) = await DraftAsync(client, vendor, "Attached to nothing");

        using var response = await AttachAsync(vendor, invitation, questionId, Pdf, "cv.pdf");
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, (string?)problem["errors"]!["questionId"]![0], StringComparison.Ordinal);
        Assert.Empty((await ResponseOfAsync(vendor, invitation))["attachments"]!.AsObject());
    }

    [Fact]
    public async Task Empty_unknown_kinds_and_files_over_10_MB_are_refused_with_problems_and_nothing_is_kept()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var (_, invitation) = await DraftAsync(client, vendor, "Bad attachments");

        using var empty = await AttachAsync(vendor, invitation, Question, [], "empty.pdf");
        using var executable = await AttachAsync(vendor, invitation, Question, Executable, "cv.pdf", "application/pdf");
        using var tooLarge = await AttachAsync(vendor, invitation, Question, Png(10 * 1024 * 1024 + 1), "huge.png");
        using var large = await AttachAsync(vendor, invitation, Question, Png(2 * 1024 * 1024), "large.png");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, executable.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.All(new[] { empty, executable, tooLarge }, refused => Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.Created, large.StatusCode);
        Assert.Equal(["large.png"], FileNames(await ResponseOfAsync(vendor, invitation)));
    }

    [Fact]
    public async Task Before_its_first_draft_a_response_takes_no_attachment()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var brief = (Guid)(await CreateAsync(client, "Not started"))["id"]!;
        var invitation = await InviteAsync(client, brief, DemoDirectory.NeuralWorks);
        (await IssueAsync(client, brief)).EnsureSuccessStatusCode();

        using var response = await AttachAsync(vendor, invitation, Question, Pdf, "early.pdf");
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("There is no response yet.", (string?)problem["title"]);
    }

    /// <summary>An issued brief of tenant A with the vendor's saved (empty) draft response.</summary>
    private static async Task<(Guid Brief, Guid Invitation)> DraftAsync(HttpClient client, HttpClient vendor, string title)
    {
        var brief = (Guid)(await CreateAsync(client, title))["id"]!;
        var invitation = await InviteAsync(client, brief, DemoDirectory.NeuralWorks);
        (await IssueAsync(client, brief)).EnsureSuccessStatusCode();
        using var saved = await SaveAsync(vendor, invitation, new JsonObject());
        saved.EnsureSuccessStatusCode();
        return (brief, invitation);
    }

    /// <summary>QuickAI invited to the brief too, with its own saved (empty) draft response: its invitation.</summary>
    private static async Task<Guid> QuickAisDraftAsync(HttpClient client, HttpClient quickAi, Guid brief)
    {
        var invitation = await InviteAsync(client, brief, DemoDirectory.QuickAi);
        using var saved = await SaveAsync(quickAi, invitation, new JsonObject());
        saved.EnsureSuccessStatusCode();
        return invitation;
    }

    private static Task<HttpResponseMessage> AttachAsync(
        HttpClient vendor, Guid invitation, string? questionId, byte[] content, string fileName, string contentType = "application/octet-stream") =>
        PostAsync(vendor, $"/api/vendors/invitations/{invitation}/response/attachments?" +
            (questionId is null ? "" : $"questionId={questionId}&") + $"fileName={Uri.EscapeDataString(fileName)}", content, contentType);

    /// <summary>A PDF attached to the answer of <see cref="Question"/>, as the API answered it.</summary>
    private static async Task<JsonObject> AttachedAsync(HttpClient vendor, Guid invitation, string fileName)
    {
        using var upload = await AttachAsync(vendor, invitation, Question, Pdf, fileName);
        Assert.True(upload.StatusCode == HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        return (await upload.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static Task<HttpResponseMessage> RemoveAsync(HttpClient vendor, Guid invitation, JsonObject file) =>
        vendor.DeleteAsync(new Uri($"/api/vendors/invitations/{invitation}/response/attachments/{file["id"]}", UriKind.Relative));

    private static async Task<JsonObject> ResponseOfAsync(HttpClient vendor, Guid invitation) =>
        (await vendor.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/invitations/{invitation}/response", UriKind.Relative)))!;

    private static Uri FileUri(JsonObject file) => new($"/api/vendors/files/{file["id"]}", UriKind.Relative);

    private static List<string> FileNames(JsonObject response) =>
        [.. response["attachments"]![Question]!.AsArray().Select(file => (string)file!["fileName"]!)];

    /// <summary>Time passing, without waiting for it: the brief's deadline set a minute ago, as the database keeps it.</summary>
    private async Task MoveDeadlineIntoThePastAsync(Guid brief)
    {
        await using var connection = ServiceDatabases.Superuser(fixture, "vendordb");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("update briefs set deadline = now() - interval '1 minute' where id = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = brief } },
        };
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private async Task<List<(string Action, string Outcome, string ActorName, string? Snapshot)>> AuditAsync(Guid fileId)
    {
        await using var connection = ServiceDatabases.Superuser(fixture, "vendordb");
        await connection.OpenAsync();
        return await CatalogTests.ReadAsync(connection,
            "select action, outcome, actor_name, coalesce(after, before)::text from audit_log where object_id = $1 order by occurred_at",
            row => (row.GetString(0), row.GetString(1), row.GetString(2), row.IsDBNull(3) ? null : row.GetString(3)), fileId);
    }

    private async Task<long> CountAsync(string sql, string value)
    {
        await using var connection = ServiceDatabases.Superuser(fixture, "vendordb");
        await connection.OpenAsync();
        return (await CatalogTests.ReadAsync(connection, sql, row => row.GetInt64(0), value)).Single();
    }

    /// <summary>What PostgreSQL answers <paramref name="statement"/>, run in a unit of work of <paramref name="actor"/> that then rolls back.</summary>
    private static async Task<PostgresException> RefusedAsync(NpgsqlDataSource database, RequestActor actor, Func<UnitOfWork, Task<int>> statement)
    {
        await using var work = await UnitOfWork.BeginAsync(database, actor, TimeProvider.System, CancellationToken.None);
        return await Assert.ThrowsAsync<PostgresException>(() => statement(work));
    }

    /// <summary>A file of the vendor, stored as the API stores one, linked to nothing yet.</summary>
    private static async Task<Guid> InsertFileAsync(UnitOfWork work, Guid vendorId)
    {
        var id = Guid.CreateVersion7();
        await work.ExecuteAsync(
            """
            insert into files (id, vendor_id, file_name, content_type, size_bytes, sha256, content, created_at)
            values ($1, $2, 'evidence.pdf', 'application/pdf', $3, sha256($4), $4, now())
            """,
            CancellationToken.None, id, vendorId, Pdf.Length, Pdf);
        return id;
    }

    /// <summary>Links the file to the answer of <see cref="Question"/> of the response, as the API does (tenant A's brief).</summary>
    private static Task<int> LinkAsync(UnitOfWork work, Guid responseId, Guid fileId) =>
        work.ExecuteAsync(
            """
            insert into brief_response_attachments (tenant_id, response_id, question_id, file_id, vendor_id, created_at)
            values ($1, $2, $3, $4, app_vendor_id(), now())
            """,
            CancellationToken.None, DemoDirectory.Northwind, responseId, Question, fileId);
}
