namespace UtilityPortal.Domain.Tests.Adjustments;

/// <summary>One migrated database for a test class; each test works on accounts of its own.</summary>
public sealed class AdjustmentsFixture : IAsyncLifetime
{
    internal AdjustmentsHarness Harness { get; private set; } = null!;

    public async Task InitializeAsync() => Harness = await AdjustmentsHarness.CreateAsync();

    public async Task DisposeAsync() => await Harness.DisposeAsync();
}
