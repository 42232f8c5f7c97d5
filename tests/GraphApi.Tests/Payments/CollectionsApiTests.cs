using System.Text.Json;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.GraphApi.Tests.Infrastructure;
using static UtilityPortal.GraphApi.Tests.Payments.CollectionsApiFactory;

namespace UtilityPortal.GraphApi.Tests.Payments;

/// <summary>Staff work delinquency through the API: lists, shut-off, work orders, restore, flags, write-off and transfer.</summary>
public sealed class CollectionsApiTests(CollectionsApiFactory site) : IClassFixture<CollectionsApiFactory>
{
    private const string ShutOffList = """
        query { shutOffList { graceDays minimum accounts { accountNumber pastDue covered amount lienEligible role disconnectStatus } excluded { accountNumber excludedBy } } }
        """;

    private const string Process = """
        mutation($input: ProcessShutOffInput!) { processShutOff(input: $input) { accountNumber outcome fee workOrderId } }
        """;

    private const string Complete = """
        mutation($input: CompleteWorkOrderInput!) { completeWorkOrder(input: $input) { type status result } }
        """;

    private const string Restore = """
        mutation($input: RestoreServiceInput!) { restoreService(input: $input) { accountNumber reconnectWorkOrderId disconnectCancelled } }
        """;

    [Fact]
    public async Task AnAccountIsListed_ProcessedOnce_Disconnected_AndRestoredOnlyOncePaid()
    {
        var account = await site.AccountAsync();
        await site.PostAsync(account.Id, 155m, BeyondGrace);
        var staff = await site.SignedInAsync(People.DemoSpecialist);

        var list = (await staff.PostGraphAsync(ShutOffList)).ShouldSucceed().Data.GetProperty("shutOffList");
        var row = list.GetProperty("accounts").EnumerateArray().Single(a => a.GetProperty("accountNumber").GetString() == account.Number);
        var input = new { input = new { accountNumbers = new[] { account.Number } } };
        var first = (await staff.PostGraphAsync(Process, input)).ShouldSucceed().Data.GetProperty("processShutOff")[0];
        var second = (await staff.PostGraphAsync(Process, input)).ShouldSucceed().Data.GetProperty("processShutOff")[0];
        var refused = await staff.PostGraphAsync(Restore, new { input = new { accountNumber = account.Number } });
        var completed = (await staff.PostGraphAsync(Complete, new { input = new { workOrderId = first.GetProperty("workOrderId").GetString(), result = "DONE" } }))
            .ShouldSucceed().Data.GetProperty("completeWorkOrder");
        await site.PostAsync(account.Id, -195m, new DateOnly(2026, 11, 26));
        var restored = (await staff.PostGraphAsync(Restore, new { input = new { accountNumber = account.Number } })).ShouldSucceed().Data.GetProperty("restoreService");

        list.GetProperty("graceDays").GetInt32().ShouldBe(20);
        row.GetProperty("pastDue").GetDecimal().ShouldBe(155m);
        row.GetProperty("amount").GetDecimal().ShouldBe(155m);
        row.GetProperty("lienEligible").GetDecimal().ShouldBe(155m);
        first.GetProperty("outcome").GetString().ShouldBe("PROCESSED");
        first.GetProperty("fee").GetDecimal().ShouldBe(40m);
        second.GetProperty("outcome").GetString().ShouldBe("ALREADY_PROCESSED");
        second.GetProperty("workOrderId").GetString().ShouldBe(first.GetProperty("workOrderId").GetString());
        refused.ErrorCodes.ShouldBe(["CONFLICT"]);
        refused.Errors[0].GetProperty("message").GetString().ShouldBe("Service is restored once the past-due amount is paid in full; $195.00 is still owed.");
        completed.GetProperty("status").GetString().ShouldBe("COMPLETED");
        completed.GetProperty("result").GetString().ShouldBe("DONE");
        restored.GetProperty("reconnectWorkOrderId").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task DelinquentAccounts_AgeByBucket_AndOnlyOwnersAreLienEligible()
    {
        var tenant = await site.AccountAsync(AccountRole.Tenant);
        await site.PostAsync(tenant.Id, 80m, new DateOnly(2026, 8, 1));
        var owner = await site.AccountAsync(AccountRole.Owner);
        await site.PostAsync(owner.Id, 60m, new DateOnly(2026, 10, 10));
        var staff = await site.SignedInAsync(People.DemoSpecialist);

        var page = (await staff.PostGraphAsync("""
            query { delinquentAccounts(cycle: 9, first: 100) { totals { accounts pastDue lienEligible } accounts { accountNumber role aging { days30 days90Plus } lienEligible } } }
            """)).ShouldSucceed().Data.GetProperty("delinquentAccounts");
        var over90 = (await staff.PostGraphAsync("query { delinquentAccounts(cycle: 9, bucket: DAYS90) { accounts { accountNumber } } }"))
            .ShouldSucceed().Data.GetProperty("delinquentAccounts").GetProperty("accounts");

        var rows = page.GetProperty("accounts").EnumerateArray().ToDictionary(a => a.GetProperty("accountNumber").GetString()!);
        rows[tenant.Number].GetProperty("aging").GetProperty("days90Plus").GetDecimal().ShouldBe(80m);
        rows[tenant.Number].GetProperty("lienEligible").GetDecimal().ShouldBe(0m);
        rows[owner.Number].GetProperty("aging").GetProperty("days30").GetDecimal().ShouldBe(60m);
        rows[owner.Number].GetProperty("lienEligible").GetDecimal().ShouldBe(60m);
        over90.EnumerateArray().Select(a => a.GetProperty("accountNumber").GetString()).ShouldContain(tenant.Number);
        over90.EnumerateArray().Select(a => a.GetProperty("accountNumber").GetString()).ShouldNotContain(owner.Number);
    }

    [Fact]
    public async Task BankruptcyAndCriticalCare_TakeAccountsOffTheList_AndADuplicateBankruptcyIsRefused()
    {
        var bankrupt = await site.AccountAsync();
        var critical = await site.AccountAsync();
        await site.PostAsync(bankrupt.Id, 220m, BeyondGrace);
        await site.PostAsync(critical.Id, 220m, BeyondGrace);
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        const string Flag = "mutation($input: FlagBankruptcyInput!) { flagBankruptcy(input: $input) { caseNumber chapter filedOn prePetitionBalance } }";
        var bankruptcy = new { input = new { accountNumber = bankrupt.Number, caseNumber = "26-50001", chapter = 7, filedOn = "2026-11-01" } };

        var flagged = (await staff.PostGraphAsync(Flag, bankruptcy)).ShouldSucceed().Data.GetProperty("flagBankruptcy");
        var duplicate = await staff.PostGraphAsync(Flag, bankruptcy);
        (await staff.PostGraphAsync("mutation($input: FlagCriticalCareInput!) { flagCriticalCare(input: $input) { kind certifiedUntil } }",
            new { input = new { accountNumber = critical.Number, certifiedUntil = "2027-05-31", note = "Dialysis at home" } })).ShouldSucceed();
        var list = (await staff.PostGraphAsync(ShutOffList)).ShouldSucceed().Data.GetProperty("shutOffList");
        var released = await staff.PostGraphAsync("mutation($input: ReleaseHoldInput!) { releaseBankruptcy(input: $input) { releasedOn releaseReason } }",
            new { input = new { accountNumber = bankrupt.Number, releasedOn = "2026-11-25", reason = "Dismissed" } });

        flagged.GetProperty("prePetitionBalance").GetDecimal().ShouldBe(220m);
        duplicate.ErrorCodes.ShouldBe(["CONFLICT"]);
        list.GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("accountNumber").GetString()).ShouldNotContain(bankrupt.Number);
        var excluded = list.GetProperty("excluded").EnumerateArray().ToDictionary(a => a.GetProperty("accountNumber").GetString()!, a => a.GetProperty("excludedBy").GetString());
        excluded[bankrupt.Number].ShouldBe("BANKRUPTCY");
        excluded[critical.Number].ShouldBe("CRITICAL_CARE");
        released.ShouldSucceed().Data.GetProperty("releaseBankruptcy").GetProperty("releaseReason").GetString().ShouldBe("Dismissed");
    }

    [Fact]
    public async Task WriteOff_IsSupervisorOnly_AndTransfer_StaysWithTheCustomer()
    {
        var closed = await site.AccountAsync(AccountRole.Tenant);
        await site.PostAsync(closed.Id, 75m, new DateOnly(2026, 2, 1));
        await site.FinalBillAsync(closed.Id, new DateOnly(2026, 3, 1));
        var stranger = await site.AccountAsync();
        var mine = await site.AccountAsync(AccountRole.Tenant, closed.CustomerId);
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        const string WriteOff = "mutation($input: WriteOffBalanceInput!) { writeOffBalance(input: $input) { writtenOff } }";
        const string Transfer = "mutation($input: TransferBalanceInput!) { transferBalance(input: $input) { amount } }";

        var bySpecialist = await staff.PostGraphAsync(WriteOff, new { input = new { accountNumber = closed.Number, reason = "gone" } });
        var toStranger = await staff.PostGraphAsync(Transfer, new { input = new { fromAccountNumber = closed.Number, toAccountNumber = stranger.Number } });
        var unknown = await staff.PostGraphAsync(Transfer, new { input = new { fromAccountNumber = "1234567890", toAccountNumber = mine.Number } });
        var moved = (await staff.PostGraphAsync(Transfer, new { input = new { fromAccountNumber = closed.Number, toAccountNumber = mine.Number } }))
            .ShouldSucceed().Data.GetProperty("transferBalance");

        bySpecialist.HasData.ShouldBeFalse();
        bySpecialist.Errors.ShouldNotBeEmpty();
        toStranger.ErrorCodes.ShouldBe(["CONFLICT"]);
        toStranger.ErrorFields.ShouldBe(["toAccountNumber"]);
        unknown.ErrorCodes.ShouldBe(["NOT_FOUND"]);
        moved.GetProperty("amount").GetDecimal().ShouldBe(75m);
    }
}
