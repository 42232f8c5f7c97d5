using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Agreements;

public enum InstallmentState
{
    Paid = 1,
    PartlyPaid = 2,

    /// <summary>Not yet due, or due and still within the grace period.</summary>
    Open = 3,

    /// <summary>Unpaid past its due date plus the grace period.</summary>
    Missed = 4,
}

/// <summary>One line of the schedule with what has been paid toward it.</summary>
public sealed record InstallmentProgress(int Number, DateOnly DueOn, Money Amount, Money Paid, InstallmentState State)
{
    public Money Remaining => Amount - Paid;
}

/// <summary>
/// Spreads what has been paid under an agreement over its schedule in order, down payment first (docs/decisions,
/// payment agreements), and says which line, if any, is missed on a given day.
/// </summary>
public static class AgreementProgress
{
    public static IReadOnlyList<InstallmentProgress> Allocate(IReadOnlyList<ScheduledInstallment> schedule, Money paid, DateOnly today, int graceDays)
    {
        var left = paid.Amount;
        var lines = new List<InstallmentProgress>(schedule.Count);
        foreach (var line in schedule.OrderBy(s => s.Number))
        {
            var toward = Math.Min(left, line.Amount.Amount);
            left -= toward;
            var state = toward == line.Amount.Amount ? InstallmentState.Paid
                : today > line.DueOn.AddDays(graceDays) ? InstallmentState.Missed
                : toward > 0 ? InstallmentState.PartlyPaid
                : InstallmentState.Open;
            lines.Add(new InstallmentProgress(line.Number, line.DueOn, line.Amount, new Money(toward), state));
        }

        return lines;
    }

    /// <summary>The first missed line, or null when the agreement is on track.</summary>
    public static InstallmentProgress? FirstMissed(IReadOnlyList<InstallmentProgress> lines) =>
        lines.FirstOrDefault(l => l.State == InstallmentState.Missed);
}
