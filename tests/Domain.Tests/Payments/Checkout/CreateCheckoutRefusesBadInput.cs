using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Checkout;
using UtilityPortal.Domain.Payments.Gateway;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Payments.Checkout;

/// <summary>A checkout pays linked accounts only, in whole cents, at least the minimum, within the credit limit; a refusal writes nothing.</summary>
public sealed class CreateCheckoutRefusesBadInput : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);
    private readonly TestDb _db = new();
    private readonly ServiceAccount _linked;
    private readonly ServiceAccount _notLinked;
    private readonly Actor _resident = new("resident-1", "resident@example.com", false, new HashSet<string>([PublicRoles.Resident], StringComparer.Ordinal));
    private int _gatewayCalls;

    public CreateCheckoutRefusesBadInput()
    {
        _linked = _db.AddAccount(1);
        _notLinked = _db.AddAccount(2);
        using var db = _db.NewContext();
        db.Users.Add(new UtilityUser { Id = _resident.UserId, UserName = _resident.Name, Email = _resident.Name });
        db.AccountLinks.Add(new AccountLink(_resident.UserId, _linked.Id, Now));
        db.JournalEntries.Add(JournalEntry.Charge(_linked.Id, Money.Of(100m), "bill-1", new DateOnly(2026, 11, 1), Now, "test", "November bill"));
        db.SaveChanges();
    }

    [Fact]
    public async Task A_good_checkout_opens_one_pending_payment_per_account()
    {
        var started = await CreateAsync(Line(_linked, 100.00m));

        started.RedirectUrl.AbsoluteUri.ShouldBe($"https://portal.example.org/Pay/Sandbox/{started.CheckoutId}");
        await using var db = _db.NewContext();
        var payment = await db.Payments.SingleAsync();
        payment.CheckoutId.ShouldBe(started.CheckoutId);
        payment.Status.ShouldBe(PaymentStatus.Pending);
        payment.Channel.ShouldBe(PaymentChannel.Portal);
        (await db.CheckoutSessions.SingleAsync()).Total.ShouldBe(Money.Of(100m));
        (await db.JournalEntries.CountAsync()).ShouldBe(1, "nothing posts until the gateway confirms");
    }

    [Theory]
    [InlineData(0, "A payment must be more than zero.")]
    [InlineData(-5, "A payment must be more than zero.")]
    [InlineData(10.001, "An amount cannot have more than two decimal places.")]
    [InlineData(0.99, "A payment must be at least $1.00.")]
    public async Task A_bad_amount_is_refused_naming_its_line(decimal amount, string message)
    {
        var error = await RefusedAsync(Line(_linked, 20m), Line(_notLinked, amount));

        error.Errors.ShouldContain(new DomainError(ErrorCodes.Invalid, message, "lines[1].amount"));
    }

    [Fact]
    public async Task More_than_the_balance_plus_the_credit_limit_is_refused()
    {
        // Balance 100.00 and a 500.00 credit limit: 600.00 is the most.
        var error = await RefusedAsync(Line(_linked, 600.01m));

        error.Errors.Single().Field.ShouldBe("lines[0].amount");
        error.Message.ShouldContain("the most you can pay is $600.00");
        (await CreateAsync(Line(_linked, 600.00m))).CheckoutId.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task An_unlinked_or_unknown_account_is_not_found()
    {
        (await RefusedAsync(Line(_notLinked, 10m))).Code.ShouldBe(ErrorCodes.NotFound);
        (await RefusedAsync(new CheckoutLineInput("0000000000", 10m))).Code.ShouldBe(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task No_lines_or_the_same_account_twice_is_refused()
    {
        (await RefusedAsync()).Errors.Single().Field.ShouldBe("lines");
        (await RefusedAsync(Line(_linked, 10m), Line(_linked, 5m))).Errors.Single().Field.ShouldBe("lines[1].accountNumber");
    }

    [Theory]
    [InlineData("https://evil.example.com/pay/done")]
    [InlineData("//evil.example.com/pay/done")]
    [InlineData("http://portal.example.org/Pay/Done")]
    public async Task A_return_address_off_the_Portal_is_refused(string successUrl)
    {
        var error = await RefusedAsync(new CheckoutInput([Line(_linked, 10m)], new Uri(successUrl, UriKind.RelativeOrAbsolute), new Uri("/Pay", UriKind.Relative)));

        error.Errors.Single().Field.ShouldBe("successUrl");
    }

    private static CheckoutLineInput Line(ServiceAccount account, decimal amount) => new(account.Number.Value, amount);

    private Task<CheckoutStarted> CreateAsync(params CheckoutLineInput[] lines) =>
        CreateAsync(new CheckoutInput(lines, new Uri("/Pay/Done", UriKind.Relative), new Uri("/Pay", UriKind.Relative)));

    private async Task<CheckoutStarted> CreateAsync(CheckoutInput input)
    {
        await using var db = _db.NewContext();
        var options = Options.Create(new PaymentOptions { PortalUrl = new Uri("https://portal.example.org/") });
        var gateway = new CountingGateway(() => _gatewayCalls++);
        return await new CreateCheckout(db, new AccountAccess(db), gateway, new CheckoutUrls(options, new HttpContextAccessor()), options,
            new FakeTimeProvider(Now)).HandleAsync(_resident, input);
    }

    private Task<DomainException> RefusedAsync(params CheckoutLineInput[] lines) =>
        RefusedAsync(new CheckoutInput(lines, new Uri("/Pay/Done", UriKind.Relative), new Uri("/Pay", UriKind.Relative)));

    private async Task<DomainException> RefusedAsync(CheckoutInput input)
    {
        var error = await Should.ThrowAsync<DomainException>(() => CreateAsync(input));
        await using var db = _db.NewContext();
        (await db.Payments.CountAsync()).ShouldBe(0);
        (await db.CheckoutSessions.CountAsync()).ShouldBe(0);
        _gatewayCalls.ShouldBe(0, "no gateway session is opened for a refused checkout");
        return error;
    }

    public void Dispose() => _db.Dispose();

    /// <summary>The sandbox, counting how often a hosted checkout is asked for.</summary>
    private sealed class CountingGateway(Action called) : IPaymentGateway
    {
        private readonly SandboxGateway _sandbox = new();

        public string Name => _sandbox.Name;

        public Task<HostedCheckout> StartCheckoutAsync(HostedCheckoutRequest request, CancellationToken ct = default)
        {
            called();
            return _sandbox.StartCheckoutAsync(request, ct);
        }

        public Task<HostedSetup> StartSetupAsync(SetupRequest request, CancellationToken ct = default) => _sandbox.StartSetupAsync(request, ct);

        public Task<GatewayOutcome> ChargeSavedMethodAsync(SavedMethodCharge charge, CancellationToken ct = default) => _sandbox.ChargeSavedMethodAsync(charge, ct);

        public Task<GatewayOutcome> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken ct = default) =>
            _sandbox.RefundAsync(paymentReference, amount, idempotencyKey, ct);
    }
}
