using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Tests.Adjustments;

public sealed class LeakRequestFromAResident(AdjustmentsFixture fixture) : IClassFixture<AdjustmentsFixture>
{
    private AdjustmentsHarness H => fixture.Harness;

    [Fact]
    public async Task TheResidentFollowsTheirRequestFromPendingToPosted()
    {
        var account = await H.AddResidentAccountAsync();
        var bill = await H.PostBillAsync(account, 20_000, 5_000);
        var balanceBefore = await H.BalanceAsync(account.Id);

        var id = await H.RequestLeakAsync(AdjustmentsHarness.Resident, account, bill);

        var pending = (await H.ListAsync(AdjustmentsHarness.Resident, new AdjustmentFilter())).Where(r => r.Id == id).ShouldHaveSingleItem();
        pending.Status.ShouldBe(AdjustmentStatus.Pending);
        pending.Amount.ShouldBe(Money.Of(83.05m));
        pending.ByResident.ShouldBeTrue();
        var details = await H.GetAsync(AdjustmentsHarness.Resident, id);
        details.Calculation!.ShouldStartWith("Billed 20,000 gal; 12-month average 5,000 gal; 15,000 gal above it re-priced at the tier 1 rate");
        details.Attachments.ShouldHaveSingleItem().FileName.ShouldBe("plumber-invoice.pdf");
        details.CanDecide.ShouldBeFalse();

        await H.ApproveAsync(AdjustmentsHarness.SpecialistIII, id);

        (await H.GetAsync(AdjustmentsHarness.Resident, id)).Summary.Status.ShouldBe(AdjustmentStatus.Posted);
        (await H.BalanceAsync(account.Id)).ShouldBe(balanceBefore - Money.Of(83.05m));
    }

    [Fact]
    public async Task TheInvoiceIsReadByStaffAndTheResidentButNotByAStranger()
    {
        var account = await H.AddResidentAccountAsync();
        var bill = await H.PostBillAsync(account, 20_000, 5_000);
        var id = await H.RequestLeakAsync(AdjustmentsHarness.Resident, account, bill);
        var file = (await H.GetAsync(AdjustmentsHarness.SpecialistI, id)).Attachments.Single();

        (await H.ReadFileAsync(AdjustmentsHarness.SpecialistI, file.Id)).Content.ShouldBe(AdjustmentsHarness.Pdf);
        (await H.ReadFileAsync(AdjustmentsHarness.Resident, file.Id)).ContentType.ShouldBe("application/pdf");
        (await Should.ThrowAsync<DomainException>(() => H.ReadFileAsync(AdjustmentsHarness.Stranger, file.Id))).Code.ShouldBe(ErrorCodes.NotFound);
        (await Should.ThrowAsync<DomainException>(() => H.GetAsync(AdjustmentsHarness.Stranger, id))).Code.ShouldBe(ErrorCodes.NotFound);
        (await H.ListAsync(AdjustmentsHarness.Stranger, new AdjustmentFilter())).ShouldBeEmpty();
    }

    [Fact]
    public async Task ResidentsDoNotSeeStaffAdjustmentsOfTheirAccount()
    {
        var account = await H.AddResidentAccountAsync();
        var courtesy = await H.RequestAmountAsync(AdjustmentsHarness.SpecialistI, account, 5m);

        (await H.ListAsync(AdjustmentsHarness.Resident, new AdjustmentFilter())).ShouldNotContain(r => r.Id == courtesy);
        (await Should.ThrowAsync<DomainException>(() => H.GetAsync(AdjustmentsHarness.Resident, courtesy))).Code.ShouldBe(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task StaffRecalculateABillingErrorOnCorrectedGallons()
    {
        var account = await H.Database.AddAccountAsync(services: UtilityServices.Water | UtilityServices.Sewer);
        var bill = await H.PostBillAsync(account, 20_000, 5_000);

        var id = await H.CreateAsync(AdjustmentsHarness.SpecialistII, new CreateAdjustmentInput(account.Number.Value, AdjustmentReason.MeterError,
            AdjustmentBasis.Recalculation, BillId: bill, CorrectedGallons: 5_000));

        // 20,000 gal: water 88.05, sewer 84.00; 5,000 gal: water 15.25, sewer 28.00.
        var request = await H.RequestAsync(id);
        request.Direction.ShouldBe(AdjustmentDirection.Credit);
        request.Amount.ShouldBe(Money.Of(172.05m - 43.25m));
        request.Calculation.ShouldBe("Billed 20,000 gal; corrected 5,000 gal. Water and sewer billed $198.55, corrected $69.75: credit $128.80.");
    }
}
