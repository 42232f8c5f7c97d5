namespace UtilityPortal.Domain.Payments.Collections;

/// <summary>Delinquency and collections settings, section <c>Payments:Collections</c>.</summary>
public sealed class CollectionsOptions
{
    public const string Section = "Payments:Collections";

    /// <summary>Runs the past-due notice job on this node (staff can always run it from the Collections page).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for bills that went past due. The first look is one interval after start.</summary>
    public TimeSpan NoticeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Bills due longer ago than this are not noticed any more (a first start does not notice years of history).</summary>
    public int NoticeLookbackDays { get; set; } = 60;

    /// <summary>Days after the due date before an account may be listed for shut-off.</summary>
    public int ShutOffGraceDays { get; set; } = 20;

    /// <summary>An account is listed for shut-off only when more than this is past due beyond the grace period.</summary>
    public decimal ShutOffMinimum { get; set; } = 50m;

    /// <summary>Days after the final bill (or the close of service) before a Supervisor may write the balance off.</summary>
    public int WriteOffAfterDays { get; set; } = 180;
}
