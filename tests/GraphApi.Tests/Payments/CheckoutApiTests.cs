using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Payments;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Payments;

/// <summary>createCheckout and Account.payments: a pending payment appears at once; bad input is a typed error and saves nothing.</summary>
public sealed class CheckoutApiTests(PortalApiFactory site) : IClassFixture<PortalApiFactory>
{
    private const string Mutation = """
        mutation Pay($input: CreateCheckoutInput!) { createCheckout(input: $input) { checkoutId redirectUrl } }
        """;

    private const string History = """
        query History($number: String!) { account(number: $number) { payments(first: 5) { receiptNumber amount status channel tender } } }
        """;

    [Fact]
    public async Task A_resident_starts_a_checkout_and_sees_the_payment_pending_in_the_history()
    {
        var resident = await site.SignedInAsync(People.DemoResident);
        var own = (await site.LinkedAccountNumbersAsync(People.DemoResident))[0];

        var response = await resident.PostGraphAsync(Mutation, new { input = Input(own, 12.50m) });

        var started = response.ShouldSucceed().Data.GetProperty("createCheckout");
        var checkoutId = started.GetProperty("checkoutId").GetString();
        started.GetProperty("redirectUrl").GetString().ShouldBe($"http://localhost/Pay/Sandbox/{checkoutId}");
        var history = (await resident.PostGraphAsync(History, new { number = own })).ShouldSucceed()
            .Data.GetProperty("account").GetProperty("payments").EnumerateArray().ToList();
        var newest = history[0];
        newest.GetProperty("amount").GetDecimal().ShouldBe(12.50m);
        newest.GetProperty("status").GetString().ShouldBe("PENDING");
        newest.GetProperty("channel").GetString().ShouldBe("PORTAL");
        newest.GetProperty("receiptNumber").GetString().ShouldStartWith("R");
    }

    [Theory]
    [InlineData(0, "INVALID", "lines[0].amount")]
    [InlineData(-3, "INVALID", "lines[0].amount")]
    [InlineData(10.005, "INVALID", "lines[0].amount")]
    [InlineData(100000, "INVALID", "lines[0].amount")]
    public async Task A_bad_amount_is_a_typed_error_and_saves_nothing(decimal amount, string code, string field)
    {
        var resident = await site.SignedInAsync(People.DemoResident);
        var own = (await site.LinkedAccountNumbersAsync(People.DemoResident))[0];
        var before = await PaymentCountAsync();

        var response = await resident.PostGraphAsync(Mutation, new { input = Input(own, amount) });

        response.ErrorCodes.ShouldBe([code]);
        response.ErrorFields.ShouldBe([field]);
        (await PaymentCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_account_the_resident_has_not_linked_is_not_found()
    {
        var resident = await site.SignedInAsync(People.DemoResident);
        var linked = await site.LinkedAccountNumbersAsync(People.DemoResident);
        var other = await site.WithDbAsync(db => db.ServiceAccounts.AsNoTracking()
            .Where(a => !db.AccountLinks.Any(l => l.ServiceAccountId == a.Id)).Select(a => a.Number).FirstAsync());
        linked.ShouldNotContain(other.Value);
        var before = await PaymentCountAsync();

        var response = await resident.PostGraphAsync(Mutation, new { input = Input(other.Value, 10m) });

        response.ErrorCodes.ShouldBe(["NOT_FOUND"]);
        (await PaymentCountAsync()).ShouldBe(before);
    }

    private static Dictionary<string, object?> Input(string number, decimal amount) => new()
    {
        ["lines"] = new[] { new Dictionary<string, object?> { ["accountNumber"] = number, ["amount"] = amount } },
        ["successUrl"] = "/Pay/Done",
        ["cancelUrl"] = "/Pay/Cancelled",
    };

    private Task<int> PaymentCountAsync() => site.WithDbAsync(db => db.Payments.CountAsync(p => p.Channel == PaymentChannel.Portal));
}
