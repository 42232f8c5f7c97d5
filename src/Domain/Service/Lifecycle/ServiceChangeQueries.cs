using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <summary>A start, stop or transfer as the pages and the API show it.</summary>
public sealed record ServiceChangeView(
    Guid Id,
    ServiceChangeKind Kind,
    ServiceChangeState State,
    string CustomerName,
    string? FromAccountNumber,
    string? FromAddress,
    string? ToAccountNumber,
    string? ToAddress,
    DateOnly RequestedDate,
    PostalAddress? ForwardingAddress,
    DepositDecision? Deposit,
    string? DepositWaiverReason,
    Guid? TurnOnOrderId,
    Guid? TurnOffOrderId,
    DateOnly? StartedOn,
    DateOnly? StoppedOn,
    Guid? DepositBillId,
    Guid? FinalBillId,
    Money Refunded,
    string? FieldNote,
    DateTimeOffset RequestedAt,
    string RequestedBy,
    string? CancelReason);

/// <summary>Reads changes with their accounts, premises and customer in one query each.</summary>
internal static class ServiceChangeQueries
{
    public static async Task<ServiceChangeView> ViewAsync(UtilityDbContext db, Guid id, CancellationToken ct) =>
        (await ViewsAsync(db, db.ServiceChanges.Where(c => c.Id == id), ct)).SingleOrDefault() ?? throw DomainException.NotFound("Service change");

    public static async Task<List<ServiceChangeView>> ViewsAsync(UtilityDbContext db, IQueryable<ServiceChange> changes, CancellationToken ct)
    {
        var rows = await changes.AsNoTracking()
            .Select(c => new
            {
                Change = c,
                Customer = db.Customers.Where(x => x.Id == c.CustomerId).Select(x => x.Name).First(),
                From = db.ServiceAccounts.Where(a => a.Id == c.FromAccountId).Select(a => new { a.Number, a.Premise!.ServiceAddress.Line1 }).FirstOrDefault(),
                To = db.ServiceAccounts.Where(a => a.Id == c.ToAccountId).Select(a => new { a.Number, a.Premise!.ServiceAddress.Line1 }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.ConvertAll(r => new ServiceChangeView(r.Change.Id, r.Change.Kind, r.Change.State, r.Customer, r.From?.Number.Value, r.From?.Line1,
            r.To?.Number.Value, r.To?.Line1, r.Change.RequestedDate, r.Change.ForwardingAddress, r.Change.Starts ? r.Change.Deposit : null,
            r.Change.DepositWaiverReason, r.Change.TurnOnOrderId, r.Change.TurnOffOrderId, r.Change.StartedOn, r.Change.StoppedOn, r.Change.DepositBillId,
            r.Change.FinalBillId, r.Change.Refunded, r.Change.FieldNote, r.Change.RequestedAt, r.Change.RequestedBy, r.Change.CancelReason));
    }
}
