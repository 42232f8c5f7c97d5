using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Lockbox;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Payments;

/// <summary>The lockbox through the API: the staff import with its preview and errors, the suspense queue and applying an item; deposit waivers are a Supervisor's.</summary>
public sealed class LockboxApiTests(BackOfficeApiFactory site, PortalApiFactory portal) : IClassFixture<BackOfficeApiFactory>, IClassFixture<PortalApiFactory>
{
    private const string ImportMutation = """
        mutation($input: ImportLockboxFileInput!) {
          importLockboxFile(input: $input) {
            batchId preview imported sameFileAgain fileName lines matched matchedTotal suspense suspenseTotal total alreadyImported malformed
            errors { lineNumber problem message }
          }
        }
        """;

    [Fact]
    public async Task AFilePostsOnce_ItsUnmatchedLineWaitsInSuspense_AndApplyingItPostsIt()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        var number = (await site.AccountNumbersAsync())[2];
        var check = "G" + Guid.NewGuid().ToString("N")[..12];
        var content = $"{LockboxFile.Header}\n{number},84.17,{check},2026-11-18,Ana\n9999999999,40.00,{check}9,2026-11-18,Nobody\n";

        var first = (await staff.PostGraphAsync(ImportMutation, new { input = new { fileName = "lbx.csv", content } })).ShouldSucceed().Data.GetProperty("importLockboxFile");
        var again = (await staff.PostGraphAsync(ImportMutation, new { input = new { fileName = "lbx.csv", content } })).ShouldSucceed().Data.GetProperty("importLockboxFile");

        (first.GetProperty("imported").GetBoolean(), first.GetProperty("matched").GetInt32(), first.GetProperty("suspense").GetInt32()).ShouldBe((true, 1, 1));
        first.GetProperty("total").GetDecimal().ShouldBe(124.17m);
        (again.GetProperty("sameFileAgain").GetBoolean(), again.GetProperty("imported").GetBoolean()).ShouldBe((true, false));
        again.GetProperty("batchId").GetString().ShouldBe(first.GetProperty("batchId").GetString());
        (await site.WithDbAsync(db => db.Payments.CountAsync(p => p.Reference == check && p.Channel == PaymentChannel.Lockbox))).ShouldBe(1);

        var queue = (await staff.PostGraphAsync("query($b: ID) { suspenseItems(batchId: $b) { id checkNumber amount reason status rawLine } }",
            new { b = first.GetProperty("batchId").GetString() })).ShouldSucceed().Data.GetProperty("suspenseItems");
        var item = queue.EnumerateArray().Single();
        (item.GetProperty("reason").GetString(), item.GetProperty("status").GetString()).ShouldBe(("UNKNOWN_ACCOUNT", "OPEN"));

        var applied = (await staff.PostGraphAsync("mutation($i: ApplySuspenseItemInput!) { applySuspenseItem(input: $i) { status appliedAccountNumber } }",
            new { i = new { id = item.GetProperty("id").GetString(), accountNumber = number, note = "Customer called" } })).ShouldSucceed().Data.GetProperty("applySuspenseItem");
        var twice = await staff.PostGraphAsync("mutation($i: ApplySuspenseItemInput!) { applySuspenseItem(input: $i) { status } }",
            new { i = new { id = item.GetProperty("id").GetString(), accountNumber = number } });

        (applied.GetProperty("status").GetString(), applied.GetProperty("appliedAccountNumber").GetString()).ShouldBe(("APPLIED", number));
        twice.ErrorCodes.ShouldBe(["CONFLICT"]);
        (await site.WithDbAsync(db => db.Payments.CountAsync(p => p.Reference == check + "9" && p.Status == PaymentStatus.Posted))).ShouldBe(1);
    }

    [Fact]
    public async Task MalformedLinesAreListedAndNothingIsImported()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        var number = (await site.AccountNumbersAsync())[3];
        var check = "M" + Guid.NewGuid().ToString("N")[..12];
        var content = $"{LockboxFile.Header}\n{number},84.17,{check},2026-11-18,Ana\n{number},0.00,{check}1,2026-11-18,Zero\n{number},5.00,{check}2,18/11/2026,Date\n";

        var result = (await staff.PostGraphAsync(ImportMutation, new { input = new { content } })).ShouldSucceed().Data.GetProperty("importLockboxFile");

        result.GetProperty("imported").GetBoolean().ShouldBeFalse();
        result.GetProperty("batchId").ValueKind.ShouldBe(JsonValueKind.Null);
        result.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("lineNumber").GetInt32(), e.GetProperty("problem").GetString()))
            .ShouldBe([(3, "BAD_AMOUNT"), (4, "BAD_DATE")]);
        (await site.WithDbAsync(db => db.Payments.CountAsync(p => p.Reference == check))).ShouldBe(0);
    }

    [Fact]
    public async Task ABadHeaderIsAnInvalidFileError()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);

        var response = await staff.PostGraphAsync(ImportMutation, new { input = new { content = "acct,amt\n1,2\n" } });

        response.ErrorCodes.ShouldBe(["INVALID"]);
        response.ErrorFields.ShouldBe(["file"]);
    }

    [Fact]
    public async Task ResidentsCannotImportAndSpecialistsCannotWaiveADeposit()
    {
        var resident = await portal.SignedInAsync(People.DemoResident);
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        var number = (await site.AccountNumbersAsync())[4];

        var import = await resident.PostGraphAsync(ImportMutation, new { input = new { content = LockboxFile.Header + "\n" } });
        var waive = await staff.PostGraphAsync("mutation($n: String!) { waiveDeposit(accountNumber: $n, reason: \"Good credit\") { status } }", new { n = number });

        import.ErrorCodes.ShouldBe(["ACCESS_DENIED"]);
        waive.ErrorCodes.ShouldBe(["ACCESS_DENIED"]);
    }
}
