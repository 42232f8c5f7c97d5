using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Adjustments;

namespace UtilityPortal.Domain.Tests.Adjustments;

public sealed class BadAdjustmentInputChangesNothing(AdjustmentsFixture fixture) : IClassFixture<AdjustmentsFixture>
{
    private AdjustmentsHarness H => fixture.Harness;

    [Theory]
    [InlineData(0, "Enter an amount from $0.01 to $10,000.00, in whole cents.")]
    [InlineData(-5, "Enter an amount from $0.01 to $10,000.00, in whole cents.")]
    [InlineData(10.005, "Enter an amount from $0.01 to $10,000.00, in whole cents.")]
    [InlineData(10_000.01, "Enter an amount from $0.01 to $10,000.00, in whole cents.")]
    public async Task AmountsOutOfRange(decimal amount, string message)
    {
        var account = await H.Database.AddAccountAsync();

        var refused = await Should.ThrowAsync<DomainException>(() => H.RequestAmountAsync(AdjustmentsHarness.Supervisor, account, amount));

        refused.Message.ShouldBe(message);
        refused.Errors[0].Field.ShouldBe("amount");
        (await H.CountAsync(account.Id)).ShouldBe(0);
    }

    [Theory]
    [InlineData(AdjustmentReason.BillingError, "A billing error adjustment concerns a bill; choose the bill.")]
    [InlineData(AdjustmentReason.MeterError, "A meter error adjustment concerns a bill; choose the bill.")]
    public async Task AReasonThatNeedsABillWithoutOne(AdjustmentReason reason, string message)
    {
        var account = await H.Database.AddAccountAsync();

        var refused = await Should.ThrowAsync<DomainException>(() => H.RequestAmountAsync(AdjustmentsHarness.SpecialistII, account, 20m, reason));

        refused.Message.ShouldBe(message);
        refused.Errors[0].Field.ShouldBe("billId");
        (await H.CountAsync(account.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task ALeakWithoutABill()
    {
        var account = await H.AddResidentAccountAsync();

        var refused = await Should.ThrowAsync<DomainException>(() => H.RequestLeakAsync(AdjustmentsHarness.Resident, account, null));

        refused.Message.ShouldBe("A leak adjustment concerns a bill; choose the bill.");
        (await H.CountAsync(account.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task ASecondLeakAdjustmentWithin12Months()
    {
        var account = await H.AddResidentAccountAsync();
        var bill = await H.PostBillAsync(account, 20_000, 5_000);
        await H.RequestLeakAsync(AdjustmentsHarness.Resident, account, bill);
        var files = await H.FileCountAsync();
        H.Database.Clock.Advance(TimeSpan.FromDays(300));

        var refused = await Should.ThrowAsync<DomainException>(() => H.RequestLeakAsync(AdjustmentsHarness.Resident, account, bill));

        refused.Message.ShouldStartWith("This account already has a leak adjustment, asked for on ");
        refused.Message.ShouldEndWith("; the policy allows one in 12 months.");
        (await H.CountAsync(account.Id)).ShouldBe(1);
        (await H.FileCountAsync()).ShouldBe(files, "the refused request's invoice was not stored");
    }

    [Fact]
    public async Task ARejectedLeakRequestDoesNotUseUpTheYear()
    {
        var account = await H.AddResidentAccountAsync();
        var bill = await H.PostBillAsync(account, 20_000, 5_000);
        var first = await H.RequestLeakAsync(AdjustmentsHarness.Resident, account, bill);
        await H.RejectAsync(AdjustmentsHarness.SpecialistI, first, "The invoice is for another address.");

        await H.RequestLeakAsync(AdjustmentsHarness.Resident, account, bill);

        (await H.CountAsync(account.Id)).ShouldBe(2);
    }

    [Fact]
    public async Task ALeakWithoutProofOfRepair()
    {
        var account = await H.Database.AddAccountAsync();
        var bill = await H.PostBillAsync(account, 20_000, 5_000);

        var refused = await Should.ThrowAsync<DomainException>(() => H.RequestLeakAsync(AdjustmentsHarness.SpecialistI, account, bill));

        refused.Message.ShouldBe("Attach the proof of repair (the plumber's invoice or a receipt for the parts).");
        refused.Errors[0].Field.ShouldBe("file");
    }

    [Fact]
    public async Task ALeakBillWithoutHistoryOrAboveAverageUse()
    {
        var account = await H.AddResidentAccountAsync();
        var noHistory = await H.PostBillAsync(account, 20_000, null);
        var normal = await H.PostBillAsync(account, 4_000, 5_000, month: 9);

        (await Should.ThrowAsync<DomainException>(() => H.RequestLeakAsync(AdjustmentsHarness.Resident, account, noHistory)))
            .Message.ShouldStartWith("This bill has no 12-month average to compare with");
        (await Should.ThrowAsync<DomainException>(() => H.RequestLeakAsync(AdjustmentsHarness.Resident, account, normal)))
            .Message.ShouldStartWith("The bill's 4,000 gallons are not above the account's 12-month average of 5,000 gallons");
        (await H.CountAsync(account.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task AFileThatIsNotAPdfJpegOrPng()
    {
        var account = await H.AddResidentAccountAsync();
        var bill = await H.PostBillAsync(account, 20_000, 5_000);
        var files = await H.FileCountAsync();

        var refused = await Should.ThrowAsync<DomainException>(() => H.RequestLeakAsync(AdjustmentsHarness.Resident, account, bill, "MZ\u0090\0 not a pdf"u8.ToArray()));

        refused.Message.ShouldBe("Upload a PDF, JPEG or PNG file.");
        (await H.CountAsync(account.Id)).ShouldBe(0);
        (await H.FileCountAsync()).ShouldBe(files);
    }

    [Fact]
    public async Task ResidentsAskOnlyForLeaksOnTheirOwnAccounts()
    {
        var mine = await H.AddResidentAccountAsync();
        var theirs = await H.Database.AddAccountAsync();
        var bill = await H.PostBillAsync(theirs, 20_000, 5_000);

        (await Should.ThrowAsync<DomainException>(() => H.RequestAmountAsync(AdjustmentsHarness.Resident, mine, 10m)))
            .Message.ShouldBe("Residents may ask for a leak adjustment only.");
        (await Should.ThrowAsync<DomainException>(() => H.RequestLeakAsync(AdjustmentsHarness.Resident, theirs, bill)))
            .Code.ShouldBe(ErrorCodes.NotFound);
        (await H.CountAsync(theirs.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task ABillOfAnotherAccount()
    {
        var account = await H.Database.AddAccountAsync();
        var other = await H.Database.AddAccountAsync(services: UtilityServices.Water);
        var bill = await H.PostBillAsync(other, 20_000, 5_000);

        var refused = await Should.ThrowAsync<DomainException>(() => H.CreateAsync(AdjustmentsHarness.SpecialistI,
            new CreateAdjustmentInput(account.Number.Value, AdjustmentReason.BillingError, AdjustmentBasis.Amount, AdjustmentDirection.Credit, 5m, bill)));

        refused.Message.ShouldBe("Choose a posted bill of this account.");
    }
}
