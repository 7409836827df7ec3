using System.Globalization;
using Microsoft.Playwright;

namespace OutsourcingPortal.Integration.Tests.Browser;

/// <summary>Scoring a response on its page as an evaluator does: a radio button per criterion, then submit.</summary>
public static class ScorecardForm
{
    public static Task ChooseAsync(ILocator criterion, int score) =>
        criterion.GetByRole(AriaRole.Radio, new() { Name = score.ToString(CultureInfo.InvariantCulture), Exact = true }).CheckAsync();

    /// <summary>Scores every criterion <paramref name="score"/> and submits; the scorecard is final after that.</summary>
    public static async Task ScoreAndSubmitAsync(IPage page, int score)
    {
        // AllAsync does not wait: the scorecard loads after the response.
        await page.Locator("[data-testid=scorecard-form] fieldset").First.WaitForAsync();
        foreach (var criterion in await page.Locator("[data-testid=scorecard-form] fieldset").AllAsync())
        {
            await ChooseAsync(criterion, score);
        }
        await page.Locator("[data-testid=scorecard-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=scorecard-status]")).ToContainTextAsync("Submitted");
    }
}
