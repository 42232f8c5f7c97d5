using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Billing;

/// <summary>A resident reads the issued bills of their own accounts on the Portal, and nothing of anyone else's.</summary>
public sealed class ResidentBillTests(WorkerlessPortalApiFactory portal) : IClassFixture<WorkerlessPortalApiFactory>
{
    private const string BillQuery = """
        query($id: ID!) {
          bill(id: $id) {
            id accountNumber kind status periodStart periodEnd serviceFrom serviceTo waterGallons currentCharges totalDue
            previousBalance paymentsSince adjustmentsSince depositApplied dueOn scheduleCode scheduleVersion
            lines { service description quantity rate amount } reads { meterSerial openingRegister closingRegister gallons kind }
          }
        }
        """;

    [Fact]
    public async Task AResidentSeesTheirIssuedBills_ButNotDrafts_NorAnotherAccountsBills()
    {
        var mine = (await portal.LinkedAccountNumbersAsync(People.DemoResident))[0];
        var linked = await portal.LinkedAccountNumbersAsync(People.DemoResident);
        var theirs = (await portal.AccountNumbersAsync()).First(n => !linked.Contains(n));
        var myBill = await portal.IssuedBillAsync(mine);
        var myDraft = await portal.IssuedBillAsync(mine, monthsBack: 2, issue: false);
        var theirBill = await portal.IssuedBillAsync(theirs);
        var resident = await portal.SignedInAsync(People.DemoResident);

        var listed = (await resident.PostGraphAsync("{ me { accounts { number bills { id status kind } } } }")).ShouldSucceed()
            .Data.GetProperty("me").GetProperty("accounts").EnumerateArray().ToDictionary(a => a.GetProperty("number").GetString()!, a => a.GetProperty("bills"));
        var own = (await resident.PostGraphAsync(BillQuery, new { id = myBill })).ShouldSucceed().Data.GetProperty("bill");
        var draft = await resident.PostGraphAsync(BillQuery, new { id = myDraft });
        var other = await resident.PostGraphAsync(BillQuery, new { id = theirBill });
        var otherAccount = await resident.PostGraphAsync("query($n: String!) { account(number: $n) { bills { id } } }", new { n = theirs });

        listed.Keys.ShouldBe(linked, ignoreOrder: true);
        listed[mine].Strings("id").ShouldBe([myBill.ToString()]);
        listed[mine][0].GetProperty("status").GetString().ShouldBe("POSTED");
        own.GetProperty("accountNumber").GetString().ShouldBe(mine);
        own.GetProperty("kind").GetString().ShouldBe("OFF_CYCLE");
        own.GetProperty("lines").GetArrayLength().ShouldBeGreaterThan(0);
        own.GetProperty("currentCharges").GetDecimal().ShouldBe(own.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("amount").GetDecimal()));
        own.GetProperty("totalDue").GetDecimal().ShouldBe(
            new[] { "previousBalance", "paymentsSince", "adjustmentsSince", "currentCharges", "depositApplied" }.Sum(f => own.GetProperty(f).GetDecimal()));
        own.GetProperty("dueOn").GetString().ShouldNotBeNull();
        own.GetProperty("scheduleCode").GetString().ShouldNotBeNullOrEmpty();
        draft.ErrorCodes.ShouldBe(["NOT_FOUND"], draft.Body);
        other.ErrorCodes.ShouldBe(["NOT_FOUND"], other.Body);
        otherAccount.ErrorCodes.ShouldBe(["NOT_FOUND"], otherAccount.Body);
    }

    [Fact]
    public async Task AResidentCannotAskForStaffBillingFields()
    {
        var resident = await portal.SignedInAsync(People.DemoResident);

        var response = await resident.PostGraphAsync("""
            { me { accounts { bills { id } } } rateSchedules { code } }
            """);
        var exceptions = await resident.PostGraphAsync("mutation { startBillRun(input: { cycle: 1, year: 2026, month: 1 }) { runId } }");

        response.HasData.ShouldBeFalse();
        response.ErrorCodes.ShouldBe(["ACCESS_DENIED"]);
        exceptions.HasData.ShouldBeFalse();
        exceptions.ErrorCodes.ShouldBe(["ACCESS_DENIED"]);
    }

    [Fact]
    public async Task BillsOfManyAccountsCostTheSameSqlAsOfOne()
    {
        var numbers = await portal.AccountNumbersAsync();
        // From the end of the list: the other test bills the first accounts.
        var one = await portal.CreateResidentAsync("one.bill@example.com", [numbers[^1]]);
        var many = await portal.CreateResidentAsync("many.bills@example.com", numbers.SkipLast(1).TakeLast(12));
        await portal.IssuedBillAsync(numbers[^1], monthsBack: 3);
        await portal.IssuedBillAsync(numbers[^2], monthsBack: 3);
        await portal.IssuedBillAsync(numbers[^3], monthsBack: 3);
        const string query = "{ me { accounts { number bills(first: 5) { id totalDue } } } }";

        var (oneCommands, oneBills) = await CountAsync(await portal.SignedInAsync(one), query);
        var (manyCommands, manyBills) = await CountAsync(await portal.SignedInAsync(many), query);

        (oneBills, manyBills).ShouldBe((1, 2));
        manyCommands.ShouldBe(oneCommands);
    }

    private async Task<(int Commands, int Bills)> CountAsync(HttpClient client, string query)
    {
        portal.SqlCommands.Reset();
        var response = await client.PostGraphAsync(query);
        var commands = portal.SqlCommands.Count;
        var bills = response.ShouldSucceed().Data.GetProperty("me").GetProperty("accounts").EnumerateArray().Sum(a => a.GetProperty("bills").GetArrayLength());
        return (commands, bills);
    }
}
