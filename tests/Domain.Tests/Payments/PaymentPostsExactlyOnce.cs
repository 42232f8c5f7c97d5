using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Payments;

public sealed class PaymentPostsExactlyOnce : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);
    private readonly TestDb _db = new();
    private readonly FakeTimeProvider _clock = new(Now);

    [Fact]
    public async Task ACounterPaymentLandsOnTheLedgerWithItsReceipt()
    {
        var account = _db.AddAccount();
        var payment = Payment.Received(account.Id, Money.Of(42.17m), Tender.Check, PaymentChannel.Counter, Now, "cashier1", " 1042 ");

        await using (var db = _db.NewContext())
        {
            (await new PostPayment(db, _clock).PostAsync(payment, "cashier1", "Check 1042")).ShouldBe(PostingOutcome.Posted);
        }

        await using var check = _db.NewContext();
        var saved = await check.Payments.SingleAsync();
        saved.Status.ShouldBe(PaymentStatus.Posted);
        saved.Reference.ShouldBe("1042");
        saved.ReceiptNumber.ShouldStartWith("R261126-");
        var entry = await check.JournalEntries.SingleAsync();
        entry.Id.ShouldBe(saved.JournalEntryId!.Value);
        entry.Amount.ShouldBe(Money.Of(-42.17m));
        entry.Kind.ShouldBe(EntryKind.Payment);
    }

    [Fact]
    public async Task ConfirmingAPendingPaymentTwicePostsOnce()
    {
        var account = _db.AddAccount();
        var payment = Payment.Started(account.Id, Money.Of(30m), Tender.Card, PaymentChannel.Portal, Guid.NewGuid(), Now, "resident");
        await using (var db = _db.NewContext())
        {
            db.Payments.Add(payment);
            await db.SaveChangesAsync();
        }

        foreach (var expected in new[] { PostingOutcome.Posted, PostingOutcome.AlreadyPosted })
        {
            await using var db = _db.NewContext();
            (await new PostPayment(db, _clock).ConfirmAsync(payment.Id, "stripe", "Card payment")).ShouldBe(expected);
        }

        await using var check = _db.NewContext();
        (await check.JournalEntries.CountAsync(e => e.ServiceAccountId == account.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task TwoConfirmationsRacingFromStaleCopiesPostOnce()
    {
        var account = _db.AddAccount();
        var payment = Payment.Started(account.Id, Money.Of(30m), Tender.Card, PaymentChannel.Portal, Guid.NewGuid(), Now, "resident");
        await using (var db = _db.NewContext())
        {
            db.Payments.Add(payment);
            await db.SaveChangesAsync();
        }

        // Both nodes read the payment while it is still pending, then both try to post it.
        await using var first = _db.NewContext();
        await using var second = _db.NewContext();
        var firstCopy = await first.Payments.SingleAsync(p => p.Id == payment.Id);
        var secondCopy = await second.Payments.SingleAsync(p => p.Id == payment.Id);

        (await new PostPayment(first, _clock).PostAsync(firstCopy, "node-a", "Card payment")).ShouldBe(PostingOutcome.Posted);
        (await new PostPayment(second, _clock).PostAsync(secondCopy, "node-b", "Card payment")).ShouldBe(PostingOutcome.AlreadyPosted);

        await using var check = _db.NewContext();
        (await check.JournalEntries.CountAsync()).ShouldBe(1);
        (await check.Payments.SingleAsync()).PostedAt.ShouldBe(Now);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.001)]
    public void AnAmountOfZeroOrLessOrBeyondCentsIsRefused(decimal amount)
    {
        var error = Should.Throw<DomainException>(() =>
            Payment.Received(Guid.NewGuid(), new Money(amount), Tender.Cash, PaymentChannel.Counter, Now, "cashier1", null));

        error.Code.ShouldBe(ErrorCodes.Invalid);
        error.Errors[0].Field.ShouldBe("amount");
    }

    [Fact]
    public void AFailedPaymentCannotBePostedOrReversed()
    {
        var payment = Payment.Started(Guid.NewGuid(), Money.Of(30m), Tender.Card, PaymentChannel.Portal, null, Now, "resident");
        payment.MarkFailed("card_declined");

        payment.Status.ShouldBe(PaymentStatus.Failed);
        Should.Throw<DomainException>(() => payment.MarkReversed("returned", Now)).Code.ShouldBe(ErrorCodes.Conflict);
    }

    [Fact]
    public void ReceiptNumbersDifferFromPaymentToPayment()
    {
        var numbers = Enumerable.Range(0, 1000)
            .Select(_ => Payment.Received(Guid.NewGuid(), Money.Of(1m), Tender.Cash, PaymentChannel.Counter, Now, "c", null).ReceiptNumber)
            .ToHashSet();

        numbers.Count.ShouldBe(1000);
    }

    public void Dispose() => _db.Dispose();
}
