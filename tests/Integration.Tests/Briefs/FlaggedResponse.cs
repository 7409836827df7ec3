using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Access;

namespace OutsourcingPortal.Integration.Tests.Briefs;

/// <summary>An issued brief of tenant A with NeuralWorks' submitted response, which promises accuracy and names no team.</summary>
public static class FlaggedResponse
{
    public const string Promise = "We guarantee 95% accuracy from the first month.";

    public const string Staffing = "The team will be assigned after signing the contract.";

    /// <summary>The key of the flag <see cref="Promise"/> raises.</summary>
    public const string AccuracyFlag = "guaranteed-accuracy:pilot-proposal";

    public static async Task<(Guid Brief, string Response)> CreateAsync(AppFixture fixture, HttpClient client, string title)
    {
        using var vendor = await fixture.Principals.ClientAsync(Principal.InvitedVendor);
        var brief = (Guid)(await BriefClient.CreateAsync(client, title))["id"]!;
        var invitation = await BriefClient.InviteAsync(client, brief, DemoDirectory.NeuralWorks);
        (await BriefClient.IssueAsync(client, brief)).EnsureSuccessStatusCode();
        var answers = await BriefClient.CompleteAnswersAsync(vendor, id => id switch
        {
            "pilot-proposal" => $"A six-week pilot on your invoices. {Promise}",
            "team-members" => Staffing,
            _ => $"Our answer to {id}: we start from your data and measure on it.",
        });
        return (brief, (string)(await BriefClient.AnswerAndSubmitAsync(vendor, invitation, answers))["id"]!);
    }
}
