using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Tenancy;

namespace OutsourcingPortal.BuildingBlocks.DemoData;

/// <summary>Demo rows written as <paramref name="Actor"/>; <paramref name="SeedAsync"/> returns how many it added.</summary>
public sealed record DemoSeed(RequestActor Actor, Func<UnitOfWork, CancellationToken, Task<int>> SeedAsync);
