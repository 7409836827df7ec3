using OutsourcingPortal.BuildingBlocks.DemoData;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Vendors;

/// <summary>The three demo vendor organizations' registry profiles, registered by the host operator.</summary>
public static class DemoVendors
{
    private static readonly DateTimeOffset Registered = new(2026, 10, 26, 9, 0, 0, TimeSpan.Zero);

    public static readonly DemoSeed[] Seeds =
    [
        new(DemoActors.HostOperator, async (work, cancellationToken) =>
        {
            var added = 0;
            foreach (var (id, name, website) in new[]
            {
                (DemoDirectory.NeuralWorks, "NeuralWorks", "https://neuralworks.example"),
                (DemoDirectory.DataForge, "DataForge", "https://dataforge.example"),
                (DemoDirectory.QuickAi, "QuickAI", "https://quickai.example"),
            })
            {
                added += await VendorRecords.InsertAsync(work, new VendorResponse(id, name, website, Registered, Registered), cancellationToken) ? 1 : 0;
            }
            return added;
        }),
    ];
}
