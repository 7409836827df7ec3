using System.Text;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.DemoData;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Files;

namespace OutsourcingPortal.VendorRegistry.Api.Certifications;

/// <summary>
/// The demo vendors' certifications: most valid, DataForge's HITRUST and QuickAI's only certificate already expired, and
/// NeuralWorks' SOC 2 Type II expiring 38 days after the demo is first started. Seeding runs once (fixed ids), so that
/// one is "expiring soon" for the demo's first 38 days and expired after; either way it is due, on the reminders of
/// NeuralWorks and of Northwind, which invited it. Seeded after the profiles.
/// </summary>
public static class DemoCertifications
{
    private static readonly DateTimeOffset Recorded = new(2026, 10, 27, 9, 0, 0, TimeSpan.Zero);

    private static (string Id, Guid VendorId, CertificationRequest Request)[] Certifications(DateOnly today) =>
    [
        ("0193a000-0000-7000-8004-000000000001", DemoDirectory.NeuralWorks,
            new(CertificationKind.Iso27001, null, new DateOnly(2024, 3, 1), new DateOnly(2027, 2, 28))),
        ("0193a000-0000-7000-8004-000000000002", DemoDirectory.NeuralWorks,
            new(CertificationKind.Soc2TypeII, null, today.AddDays(38 - 365), today.AddDays(38))),
        ("0193a000-0000-7000-8004-000000000101", DemoDirectory.DataForge,
            new(CertificationKind.Iso27001, null, new DateOnly(2025, 6, 1), new DateOnly(2028, 5, 31))),
        ("0193a000-0000-7000-8004-000000000102", DemoDirectory.DataForge,
            new(CertificationKind.Hitrust, null, new DateOnly(2024, 5, 1), new DateOnly(2026, 9, 30))),
        ("0193a000-0000-7000-8004-000000000201", DemoDirectory.QuickAi,
            new(CertificationKind.Other, "Responsible GenAI pledge", new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31))),
    ];

    public static readonly DemoSeed[] Seeds =
    [
        new(DemoActors.HostOperator, async (work, cancellationToken) =>
        {
            var added = 0;
            var today = DateOnly.FromDateTime(work.Now.UtcDateTime);
            foreach (var (id, vendorId, request) in Certifications(today))
            {
                var certification = request.ToNewCertification(Guid.Parse(id), vendorId, today, Recorded);
                if (!await CertificationRecords.InsertAsync(work, certification, cancellationToken))
                {
                    continue;
                }
                var kind = KebabCaseEnum.ToText(certification.Kind);
                var evidence = new FileUpload(Encoding.UTF8.GetBytes(
                    $"{certification.Name ?? kind} certificate, issued {certification.IssuedOn:O}, valid until {certification.ExpiresOn:O}.\n" +
                    "Demo evidence: a summary of the certificate as the auditor issued it.\n"),
                    FileContentTypes.Text, $"{kind}-certificate.txt");
                var file = await FileRecords.InsertAsync(work, vendorId, evidence, cancellationToken);
                await CertificationRecords.AttachAsync(work, certification, file, cancellationToken);
                added += 2;
            }
            return added;
        }),
    ];
}
