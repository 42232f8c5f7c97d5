namespace UtilityPortal.Domain.Billing;

public enum BillRunStatus
{
    /// <summary>Started; waiting for a worker to calculate it.</summary>
    Queued = 1,

    /// <summary>A worker is calculating the drafts.</summary>
    Calculating = 2,

    /// <summary>Drafts calculated: specialists work the exceptions queue, then approve.</summary>
    Review = 3,

    Approved = 4,

    /// <summary>Approved and asked to post: a worker is posting the bills to the ledger and issuing them.</summary>
    Posting = 5,

    Posted = 6,
}

/// <summary>
/// One cycle's bills for one period. There is at most one run per cycle and period (a unique key), so starting the
/// same run again finds the first one. The heavy steps (calculating and posting) are claimed by one worker at a time
/// through <see cref="ClaimToken"/>, an optimistic concurrency token: two nodes can never work the same run at once,
/// and a run whose worker died is taken over once its heartbeat is stale.
/// </summary>
public sealed class BillRun
{
    private BillRun()
    {
        StartedBy = string.Empty;
    }

    public BillRun(int cycle, BillingPeriod period, string startedBy, DateTimeOffset startedAt)
    {
        BillingCalendar.ReadDay(cycle);
        Id = Guid.CreateVersion7();
        Cycle = cycle;
        PeriodStart = period.Start;
        PeriodEnd = period.End;
        Status = BillRunStatus.Queued;
        StartedBy = startedBy;
        StartedAt = startedAt;
        ClaimToken = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public int Cycle { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public BillingPeriod Period => new(PeriodStart, PeriodEnd);

    public BillRunStatus Status { get; private set; }

    public string StartedBy { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The schedule in effect on the period end, which prices every bill of the run.</summary>
    public string? ScheduleCode { get; private set; }

    public int? ScheduleVersion { get; private set; }

    /// <summary>Accounts the run bills (known once calculation starts).</summary>
    public int Accounts { get; private set; }

    /// <summary>Accounts calculated so far: the progress bar.</summary>
    public int AccountsDone { get; private set; }

    /// <summary>Accounts the run could not bill (a meter size the schedule does not price, for example); the log says why.</summary>
    public int AccountsSkipped { get; private set; }

    /// <summary>Bills posted so far while posting.</summary>
    public int BillsPosted { get; private set; }

    /// <summary>Bills posting will take (the approved bills when posting was asked for).</summary>
    public int BillsToPost { get; private set; }

    /// <summary>Changes whenever a worker claims the run; saving with a stale token fails, so only the claimant writes.</summary>
    public Guid ClaimToken { get; private set; }

    public string? ClaimedBy { get; private set; }

    public DateTimeOffset? HeartbeatAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public string? PostedBy { get; private set; }

    public DateOnly? IssueDate { get; private set; }

    public DateTimeOffset? PostedAt { get; private set; }

    public DateTimeOffset? CalculatedAt { get; private set; }

    /// <summary>The last failure of a worker on this run, kept for the run page; the next worker retries.</summary>
    public string? LastError { get; private set; }

    /// <summary>Whether a worker should pick this run up now: queued or posting, and nobody working it (or its worker went quiet).</summary>
    public bool NeedsWorker(DateTimeOffset now, TimeSpan staleAfter) =>
        Status is BillRunStatus.Queued or BillRunStatus.Calculating or BillRunStatus.Posting
        && (ClaimedBy is null || HeartbeatAt is null || now - HeartbeatAt.Value > staleAfter);

    /// <summary>Takes the run for one worker; save it to find out whether another worker got there first.</summary>
    public void Claim(string worker, DateTimeOffset now)
    {
        if (Status is not (BillRunStatus.Queued or BillRunStatus.Calculating or BillRunStatus.Posting))
        {
            throw new DomainException(ErrorCodes.Conflict, $"A bill run in {Status} has no work waiting.");
        }

        if (Status == BillRunStatus.Queued)
        {
            Status = BillRunStatus.Calculating;
        }

        ClaimToken = Guid.NewGuid();
        ClaimedBy = worker;
        HeartbeatAt = now;
        LastError = null;
    }

    /// <param name="accounts">Every account the run bills.</param>
    /// <param name="done">Those already billed by an earlier attempt.</param>
    public void BeginCalculation(ScheduleRef schedule, int accounts, int done, DateTimeOffset now)
    {
        RequireStatus(BillRunStatus.Calculating);
        ScheduleCode = schedule.Code;
        ScheduleVersion = schedule.Version;
        Accounts = accounts;
        AccountsDone = done;
        AccountsSkipped = 0;
        HeartbeatAt = now;
    }

    public void Calculated(int accounts, int skipped, DateTimeOffset now)
    {
        RequireStatus(BillRunStatus.Calculating);
        AccountsDone = Math.Min(Accounts, AccountsDone + accounts);
        AccountsSkipped += skipped;
        HeartbeatAt = now;
    }

    public void FinishCalculation(DateTimeOffset now)
    {
        RequireStatus(BillRunStatus.Calculating);
        AccountsDone = Accounts;
        Status = BillRunStatus.Review;
        CalculatedAt = now;
        Release();
    }

    public void Approve(string approvedBy, DateTimeOffset at)
    {
        RequireStatus(BillRunStatus.Review);
        Status = BillRunStatus.Approved;
        ApprovedBy = approvedBy;
        ApprovedAt = at;
    }

    public void RequestPosting(string postedBy, DateOnly issueDate, int bills)
    {
        RequireStatus(BillRunStatus.Approved);
        Status = BillRunStatus.Posting;
        PostedBy = postedBy;
        IssueDate = issueDate;
        BillsToPost = bills;
        BillsPosted = 0;
    }

    public void Posted(int bills, DateTimeOffset now)
    {
        RequireStatus(BillRunStatus.Posting);
        BillsPosted += bills;
        HeartbeatAt = now;
    }

    public void FinishPosting(DateTimeOffset now)
    {
        RequireStatus(BillRunStatus.Posting);
        Status = BillRunStatus.Posted;
        PostedAt = now;
        Release();
    }

    /// <summary>
    /// Records a worker's failure. The claim is kept with the time of the failure, so the run is retried once it goes
    /// stale rather than at every poll; a specialist sees the error on the run page meanwhile.
    /// </summary>
    public void Failed(string error, DateTimeOffset now)
    {
        LastError = error.Length > 500 ? error[..500] : error;
        HeartbeatAt = now;
    }

    private void Release()
    {
        ClaimedBy = null;
        HeartbeatAt = null;
    }

    private void RequireStatus(BillRunStatus status)
    {
        if (Status != status)
        {
            throw new DomainException(ErrorCodes.Conflict, $"The bill run is {Status}, not {status}.");
        }
    }
}
