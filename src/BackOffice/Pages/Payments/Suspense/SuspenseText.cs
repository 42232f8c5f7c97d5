using UtilityPortal.Domain.Payments.Lockbox;

namespace UtilityPortal.BackOffice.Pages.Payments.Suspense;

/// <summary>The English words (resource keys) for suspense reasons and statuses, shared by the queue, item and batch pages.</summary>
public static class SuspenseText
{
    public static string Reason(SuspenseReason reason) => reason switch
    {
        SuspenseReason.InvalidAccountNumber => "Invalid account number",
        SuspenseReason.UnknownAccount => "No such account",
        SuspenseReason.ClosedAccount => "Closed account",
        _ => reason.ToString(),
    };

    public static string Status(SuspenseStatus status) => status switch
    {
        SuspenseStatus.Open => "Open",
        SuspenseStatus.Applied => "Applied",
        SuspenseStatus.Returned => "Returned to the bank",
        _ => status.ToString(),
    };
}
