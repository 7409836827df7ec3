using System.Net;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Browser;

namespace OutsourcingPortal.Integration.Tests.Identity;

[Collection(AppCollection.Name)]
public sealed class SuspendedOrganizationTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_suspended_organizations_people_cannot_sign_in_and_its_clients_get_no_tokens_until_it_is_reactivated()
    {
        var name = $"Suspended Vendor {Guid.NewGuid():N}"[..28];
        var admin = InvitedAccount.Create("vendor-admin", "suspended.demo");
        var link = await Browser.CreateOrganizationAsync(Gateway, name, "Vendor", admin.Email);
        using (var invitee = new CookieSession(Gateway))
        {
            using var accepted = await invitee.AcceptInvitationAsync(link, admin.DisplayName, admin.Password);
            Assert.Equal(HttpStatusCode.Found, accepted.StatusCode);
        }
        var client = await Browser.CreateApiClientAsync(Gateway, admin.Email, "Suspended client", PortalRoles.VendorUser, admin.Password);

        await Browser.ToggleOrganizationAsync(Gateway, name, "Suspended");
        using var whileSuspended = new CookieSession(Gateway);
        using var refused = await whileSuspended.SignInAsync(admin.Email, admin.Password);
        var (tokenStatus, tokenError, tokenResponse) = await TokenEndpointClient.PostAsync(
            Fixture.Gateway, new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, client);
        tokenResponse.Dispose();

        await Browser.ToggleOrganizationAsync(Gateway, name, "Active");
        using var afterReactivation = new CookieSession(Gateway);
        using var allowed = await afterReactivation.SignInAsync(admin.Email, admin.Password);

        Assert.Contains("its organization is suspended", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(whileSuspended.HasSignInCookie);
        Assert.Equal(400, tokenStatus);
        Assert.Equal("unauthorized_client", (string?)tokenError["error"]);
        Assert.Equal(HttpStatusCode.Found, allowed.StatusCode);
        Assert.True(afterReactivation.HasSignInCookie);
    }

    [Fact]
    public async Task An_invitation_to_a_suspended_organization_cannot_be_accepted()
    {
        var name = $"Paused Client {Guid.NewGuid():N}"[..26];
        var admin = InvitedAccount.Create("paused-admin", "paused.demo");
        var link = await Browser.CreateOrganizationAsync(Gateway, name, "Client", admin.Email);
        await Browser.ToggleOrganizationAsync(Gateway, name, "Suspended");
        using var invitee = new CookieSession(Gateway);

        using var page = await invitee.GetAsync(link.PathAndQuery);

        Assert.Contains("data-testid=\"invitation-invalid\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
