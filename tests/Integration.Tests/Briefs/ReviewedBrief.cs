using OutsourcingPortal.Integration.Tests.Access;

namespace OutsourcingPortal.Integration.Tests.Briefs;

/// <summary>An issued brief of tenant A with a submitted response from each vendor invited, in the order given.</summary>
public static class ReviewedBrief
{
    private static readonly string[] Gdpr = ["gdpr"];

    public static async Task<(string Brief, IReadOnlyList<string> Responses)> CreateAsync(
        AppFixture fixture, HttpClient client, string title, params Principal[] vendors)
    {
        var brief = (Guid)(await BriefClient.CreateAsync(client, title, new { regulations = Gdpr }))["id"]!;
        var invitations = new List<Guid>();
        foreach (var vendor in vendors)
        {
            invitations.Add(await BriefClient.InviteAsync(client, brief, vendor.Account!.OrganizationId!.Value));
        }
        (await BriefClient.IssueAsync(client, brief)).EnsureSuccessStatusCode();
        var responses = new List<string>();
        foreach (var (vendor, invitation) in vendors.Zip(invitations))
        {
            using var vendorClient = await fixture.Principals.ClientAsync(vendor);
            responses.Add((string)(await BriefClient.AnswerAndSubmitAsync(vendorClient, invitation))["id"]!);
        }
        return (brief.ToString(), responses);
    }
}
