namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>The one way the engine rounds: half away from zero, to whole weeks and whole dollars.</summary>
internal static class Rounding
{
    private const decimal WeeksPerMonth = 52m / 12;

    public static int WholeWeeks(decimal weeks) => (int)decimal.Round(weeks, MidpointRounding.AwayFromZero);

    public static decimal WeeksIn(decimal months) => months * WeeksPerMonth;

    public static decimal WholeDollars(decimal dollars) => decimal.Round(dollars, MidpointRounding.AwayFromZero);

    public static int WholeScore(decimal score) => (int)decimal.Round(score, MidpointRounding.AwayFromZero);
}
