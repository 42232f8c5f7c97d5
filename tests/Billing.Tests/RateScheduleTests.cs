using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Billing.Tests;

/// <summary>The schedule folder at startup, stored versions, the Supervisor's upload, and the lock once a schedule has priced a posted bill.</summary>
public sealed class RateScheduleTests : IAsyncLifetime
{
    private BillingHost _host = null!;

    public async Task InitializeAsync() => _host = await BillingHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Startup_StoresTheFolderSchedules_Once()
    {
        var listed = await _host.UseCase<ListRateSchedules, IReadOnlyList<RateScheduleSummary>>(u => u.HandleAsync(BillingHost.Specialist));
        // A second start (another node, or a restart) finds the documents stored and adds nothing.
        foreach (var service in _host.Services.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }

        var again = await _host.UseCase<ListRateSchedules, IReadOnlyList<RateScheduleSummary>>(u => u.HandleAsync(BillingHost.Specialist));

        listed.Select(s => (s.Code, s.Version, s.EffectiveFrom, s.Source, s.InEffect)).ShouldBe([
            ("FY2026", 1, new DateOnly(2025, 10, 1), "folder:demo-fy2026.json", true),
            ("FY2025", 1, new DateOnly(2024, 10, 1), "folder:demo-fy2025.json", false),
        ]);
        again.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Startup_RefusesAFolderWithAnInvalidSchedule_NamingTheFileTheFieldAndTheProblem()
    {
        var folder = Directory.CreateTempSubdirectory("rates-").FullName;
        var good = await File.ReadAllTextAsync(Path.Combine(RepositoryRates, "demo-fy2026.json"));
        await File.WriteAllTextAsync(Path.Combine(folder, "fy2026.json"), good);
        await File.WriteAllTextAsync(Path.Combine(folder, "fy2027-draft.json"), good
            .Replace("\"FY2026\"", "\"FY2027\"", StringComparison.Ordinal)
            .Replace("{ \"upToGallons\": 15000, \"ratePerThousand\": 4.25 }", "{ \"upToGallons\": 5000, \"ratePerThousand\": 4.25 }", StringComparison.Ordinal)
            .Replace("\"ratePerThousand\": 5.60", "\"ratePerThousand\": -5.60", StringComparison.Ordinal));

        var refused = await Should.ThrowAsync<InvalidRateScheduleFolderException>(async () =>
        {
            await using var host = await BillingHost.StartAsync(new Dictionary<string, string?> { ["Billing:RateSchedulesPath"] = folder });
        });

        refused.Problems.ShouldBe([
            new("fy2027-draft.json", "water.consumption.residential.tiers[1].upToGallons", "tiers must be in increasing order: 5000 is not above the previous bound 6000"),
            new("fy2027-draft.json", "sewer.ratePerThousand", "cannot be negative (-5.60)"),
        ]);
        refused.Message.ShouldContain("fy2027-draft.json: water.consumption.residential.tiers[1].upToGallons: tiers must be in increasing order");
        refused.Message.ShouldContain("fy2027-draft.json: sewer.ratePerThousand: cannot be negative (-5.60)");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void AFolderWithoutSchedules_OrWithTwoFilesOfOneCode_IsRefused()
    {
        var empty = Directory.CreateTempSubdirectory("rates-").FullName;
        var twice = Directory.CreateTempSubdirectory("rates-").FullName;
        File.Copy(Path.Combine(RepositoryRates, "demo-fy2026.json"), Path.Combine(twice, "a.json"));
        File.Copy(Path.Combine(RepositoryRates, "demo-fy2026.json"), Path.Combine(twice, "b.json"));

        Should.Throw<InvalidRateScheduleFolderException>(() => RateScheduleFolder.Load(empty)).Problems.ShouldHaveSingleItem().Problem.ShouldContain("holds no *.json rate schedule");
        Should.Throw<InvalidRateScheduleFolderException>(() => RateScheduleFolder.Load(Path.Combine(empty, "missing"))).Message.ShouldContain("does not exist");
        Should.Throw<InvalidRateScheduleFolderException>(() => RateScheduleFolder.Load(twice)).Problems
            .ShouldBe([new("b.json", "code", "FY2026 is also the code of a.json; each schedule needs its own code")]);
    }

    [Fact]
    public async Task ASupervisor_UploadsANewVersion_ValidatedAndAudited()
    {
        var document = (await File.ReadAllTextAsync(Path.Combine(RepositoryRates, "demo-fy2026.json")))
            .Replace("\"residentialPerUnit\": 24.60", "\"residentialPerUnit\": 25.10", StringComparison.Ordinal);

        var uploaded = await Upload(BillingHost.Supervisor, document);
        var same = await Upload(BillingHost.Supervisor, document);
        var specialist = await Should.ThrowAsync<DomainException>(() => Upload(BillingHost.Specialist, document));
        var invalid = await Should.ThrowAsync<DomainException>(() => Upload(BillingHost.Supervisor,
            document.Replace("\"5/8\": 12.40", "\"7/8\": 12.40", StringComparison.Ordinal)));
        var audit = await _host.DbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == "FY2026" && a.Actor == "supervisor@example.com").ToListAsync());
        var preview = await _host.UseCase<PreviewBill, BillPreview>(u => u.HandleAsync(new PreviewBillInput(null, PremiseClass.Residential, "5/8", 7_500, null, true,
            null, null, City.FourServices, null, null)));

        uploaded.ShouldBe(new UploadRateScheduleResult("FY2026", 2, new DateOnly(2025, 10, 1), Created: true));
        same.ShouldBe(new UploadRateScheduleResult("FY2026", 2, new DateOnly(2025, 10, 1), Created: false));
        specialist.Code.ShouldBe(ErrorCodes.Forbidden);
        invalid.Errors.Select(e => e.Field).ShouldBe(["water.baseChargeByMeterSize.7/8"]);
        audit.ShouldHaveSingleItem().After.ShouldBe("2 (upload:fy2026-revised.json, effective 2025-10-01)");
        preview.ScheduleVersion.ShouldBe(2);
        preview.Total.ShouldBe(Money.Of(125.18m)); // worked example 1 with refuse at 25.10
    }

    [Fact]
    public async Task AScheduleThatPricedAPostedBill_CannotBeReplaced()
    {
        var account = await _host.AddAccountAsync(cycle: 3);
        await _host.AddReadsAsync(account.MeterId, (new DateOnly(2026, 10, 3), 10_000), (new DateOnly(2026, 11, 3), 17_500));
        var run = await _host.CalculateRunAsync(3, 2026, 11);
        var document = (await File.ReadAllTextAsync(Path.Combine(RepositoryRates, "demo-fy2026.json")))
            .Replace("\"residentialPerUnit\": 24.60", "\"residentialPerUnit\": 25.10", StringComparison.Ordinal);
        var beforePosting = await Upload(BillingHost.Supervisor, document);
        await _host.ApproveAndPostAsync(run.Id);

        var refused = await Should.ThrowAsync<DomainException>(() => Upload(BillingHost.Supervisor,
            document.Replace("\"residentialPerUnit\": 25.10", "\"residentialPerUnit\": 26.00", StringComparison.Ordinal)));
        var newCode = await Upload(BillingHost.Supervisor, document.Replace("\"FY2026\"", "\"FY2027\"", StringComparison.Ordinal)
            .Replace("\"2025-10-01\"", "\"2026-10-01\"", StringComparison.Ordinal));
        var versions = await _host.UseCase<ListRateSchedules, IReadOnlyList<RateScheduleSummary>>(u => u.HandleAsync(BillingHost.Specialist));

        beforePosting.Version.ShouldBe(2);
        (await _host.BillsOfAsync(account.Id)).ShouldHaveSingleItem().ScheduleVersion.ShouldBe(1); // drafted before the upload
        refused.Code.ShouldBe(ErrorCodes.Conflict);
        refused.Message.ShouldBe("Schedule FY2026 has priced posted bills and can no longer change. Adopt the new rates under a new code.");
        newCode.ShouldBe(new UploadRateScheduleResult("FY2027", 1, new DateOnly(2026, 10, 1), Created: true));
        versions.Where(v => v.Code == "FY2026").ShouldAllBe(v => v.Locked);
        versions.Single(v => v.Code == "FY2027").InEffect.ShouldBeTrue();
    }

    [Fact]
    public async Task TheScheduleInEffectOnThePeriodEnd_PricesTheWholeBill()
    {
        var account = await _host.AddAccountAsync(cycle: 3);
        await _host.AddReadsAsync(account.MeterId, (new DateOnly(2025, 9, 5), 10_000), (new DateOnly(2025, 9, 30), 17_500), (new DateOnly(2025, 10, 4), 18_000));

        var september = await _host.UseCase<PrepareBill, BillSummary>(u => u.HandleAsync(BillingHost.Specialist,
            new PrepareBillInput(account.Number, BillKind.OffCycle, From: new DateOnly(2025, 9, 6), To: new DateOnly(2025, 9, 30))));
        var acrossOctober1 = await _host.UseCase<PrepareBill, BillSummary>(u => u.HandleAsync(BillingHost.Specialist,
            new PrepareBillInput(account.Number, BillKind.OffCycle, From: new DateOnly(2025, 9, 6), To: new DateOnly(2025, 10, 4))));

        september.ScheduleCode.ShouldBe("FY2025");
        acrossOctober1.ScheduleCode.ShouldBe("FY2026");
    }

    private Task<UploadRateScheduleResult> Upload(Domain.Identity.Actor actor, string document) =>
        _host.UseCase<UploadRateSchedule, UploadRateScheduleResult>(u => u.HandleAsync(actor, new UploadRateScheduleInput("fy2026-revised.json", document)));

    private static string RepositoryRates => Path.Combine(Domain.Data.DatabaseInitializer.FindRepositoryRoot(AppContext.BaseDirectory)!, "rates");
}
