using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Tests.Adjustments;

/// <summary>Pending → Approved → Posted, or Pending → Rejected: every other step is refused and changes nothing.</summary>
public sealed class AdjustmentRequestStateMachine
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);

    public static TheoryData<AdjustmentStatus, string> IllegalSteps => new()
    {
        { AdjustmentStatus.Pending, "post" },
        { AdjustmentStatus.Approved, "approve" },
        { AdjustmentStatus.Approved, "reject" },
        { AdjustmentStatus.Rejected, "approve" },
        { AdjustmentStatus.Rejected, "reject" },
        { AdjustmentStatus.Rejected, "post" },
        { AdjustmentStatus.Posted, "approve" },
        { AdjustmentStatus.Posted, "reject" },
        { AdjustmentStatus.Posted, "post" },
    };

    [Theory]
    [MemberData(nameof(IllegalSteps))]
    public void EveryIllegalStepIsRefused(AdjustmentStatus from, string step)
    {
        var request = In(from);

        var refused = Should.Throw<DomainException>(() => Do(request, step));

        refused.Code.ShouldBe(ErrorCodes.Conflict);
        refused.Message.ShouldEndWith($"this one is {from}.");
        request.Status.ShouldBe(from);
    }

    [Fact]
    public void TheLegalPathsEndPostedOrRejected()
    {
        var posted = In(AdjustmentStatus.Posted);
        var rejected = In(AdjustmentStatus.Rejected);

        posted.Status.ShouldBe(AdjustmentStatus.Posted);
        posted.PostedAt.ShouldBe(At);
        rejected.RejectionReason.ShouldBe("Not a leak");
    }

    private static AdjustmentRequest In(AdjustmentStatus status)
    {
        var request = new AdjustmentRequest(Guid.NewGuid(), null, AdjustmentDirection.Credit, AdjustmentReason.Courtesy, AdjustmentBasis.Amount, Money.Of(10m),
            null, null, null, new RequestMaker("maker", "Maker", false, Money.Of(50m)), At);
        switch (status)
        {
            case AdjustmentStatus.Approved:
                request.Approve("checker", "Checker", At);
                break;
            case AdjustmentStatus.Rejected:
                request.Reject("checker", "Checker", "Not a leak", At);
                break;
            case AdjustmentStatus.Posted:
                request.Approve("checker", "Checker", At);
                request.Post(new DateOnly(2026, 11, 20), At, "Checker");
                break;
        }

        return request;
    }

    private static void Do(AdjustmentRequest request, string step)
    {
        switch (step)
        {
            case "approve":
                request.Approve("other", "Other", At);
                break;
            case "reject":
                request.Reject("other", "Other", "reason", At);
                break;
            default:
                request.Post(new DateOnly(2026, 11, 20), At, "Other");
                break;
        }
    }
}
