using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Development;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Development;

/// <summary>Every action tried on an estimate in every status: the allowed ones move it on, every other is refused and changes nothing.</summary>
public sealed class EstimateStateMachine
{
    private const string Contractor = "user-contractor";
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 20);

    public enum Act
    {
        StartReview,
        AddExtraLine,
        Issue,
        Revise,
        Accept,
        Convert,
    }

    private static readonly Dictionary<Act, EstimateStatus[]> Allowed = new()
    {
        [Act.StartReview] = [EstimateStatus.Requested],
        [Act.AddExtraLine] = [EstimateStatus.InReview, EstimateStatus.Revised],
        [Act.Issue] = [EstimateStatus.InReview, EstimateStatus.Revised],
        [Act.Revise] = [EstimateStatus.Issued, EstimateStatus.Expired],
        [Act.Accept] = [EstimateStatus.Issued],
        [Act.Convert] = [EstimateStatus.Accepted],
    };

    public static TheoryData<EstimateStatus, Act> EveryPair()
    {
        var data = new TheoryData<EstimateStatus, Act>();
        foreach (var status in Enum.GetValues<EstimateStatus>())
        {
            foreach (var act in Enum.GetValues<Act>())
            {
                data.Add(status, act);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void OnlyTheAllowedTransitionsHappen(EstimateStatus status, Act act)
    {
        var estimate = In(status);
        var versions = estimate.Versions.Count;

        if (Allowed[act].Contains(status))
        {
            Do(estimate, act);
            if (act == Act.AddExtraLine)
            {
                Assert.Single(estimate.ExtraLines);
            }
            else
            {
                Assert.NotEqual(status, estimate.Status);
            }

            return;
        }

        var ex = Assert.Throws<DomainException>(() => Do(estimate, act));
        Assert.Equal(ErrorCodes.Conflict, ex.Code);
        Assert.Equal(status, estimate.Status);
        Assert.Equal(versions, estimate.Versions.Count);
    }

    [Fact]
    public void AnIllegalTransitionSaysWhatWouldBeAllowed()
    {
        var ex = Assert.Throws<DomainException>(() => In(EstimateStatus.Requested).Convert("Tess Two", Now));

        Assert.Equal("An estimate that is requested cannot become converted; only one that is accepted can.", ex.Message);
    }

    [Fact]
    public void RevisingKeepsTheIssuedVersionAndTheNextIssueIsTheNextVersion()
    {
        var estimate = In(EstimateStatus.Issued);
        var first = estimate.Current!;
        estimate.Revise("Road cut needed", "Tess Two", Now);
        estimate.AddExtraLine("Road cut and restoration", 1_200m, "Service line crosses the county road");
        estimate.Issue("FY2026", 1, Compute(), Today.AddDays(90), "Tess Two", Now.AddDays(1));

        Assert.Equal(2, estimate.CurrentVersion);
        Assert.Equal("Road cut needed", first.RevisedReason);
        Assert.Equal(4, first.Lines.Count);
        Assert.Equal(5, estimate.Current!.Lines.Count);
        Assert.Equal(first.Total.Amount + 1_200m, estimate.Current.Total.Amount);
        Assert.Equal("Service line crosses the county road", estimate.Current.Lines[4].Reason);
    }

    [Fact]
    public void AnEstimatePastItsValidUntilDateCannotBeAcceptedButExpires()
    {
        var estimate = In(EstimateStatus.Issued);
        var after = estimate.Current!.ValidUntil.AddDays(1);

        var ex = Assert.Throws<DomainException>(() => estimate.Accept(Contractor, after, Now));
        Assert.Equal(EstimateStatus.Issued, estimate.Status);
        Assert.Contains("ask for a revised estimate", ex.Message, StringComparison.Ordinal);
        Assert.False(estimate.ExpireIfDue(estimate.Current.ValidUntil));
        Assert.True(estimate.ExpireIfDue(after));
        Assert.Equal(EstimateStatus.Expired, estimate.Status);
    }

    [Fact]
    public void AnotherContractorCannotAcceptIt()
    {
        var estimate = In(EstimateStatus.Issued);

        Assert.Equal(ErrorCodes.NotFound, Assert.Throws<DomainException>(() => estimate.Accept("someone-else", Today, Now)).Code);
        Assert.Equal(EstimateStatus.Issued, estimate.Status);
    }

    [Theory]
    [InlineData(null, 10, "why", "description")]
    [InlineData("Road cut", 0, "why", "amount")]
    [InlineData("Road cut", 10.005, "why", "amount")]
    [InlineData("Road cut", 10, " ", "reason")]
    public void AnExtraLineNeedsADescriptionAnAmountAndAReason(string? description, decimal amount, string? reason, string field)
    {
        var estimate = In(EstimateStatus.InReview);

        var ex = Assert.Throws<DomainException>(() => estimate.AddExtraLine(description, amount, reason));
        Assert.Equal(field, ex.Errors[0].Field);
        Assert.Empty(estimate.ExtraLines);
    }

    private static void Do(ContractorEstimate estimate, Act act)
    {
        switch (act)
        {
            case Act.StartReview: estimate.StartReview("Sam Specialist", Now); break;
            case Act.AddExtraLine: estimate.AddExtraLine("Tap by the utility", 500m, "No tap at the main"); break;
            case Act.Issue: estimate.Issue("FY2026", 1, Compute(), Today.AddDays(90), "Tess Two", Now); break;
            case Act.Revise: estimate.Revise("Bigger meter", "Tess Two", Now); break;
            case Act.Accept: estimate.Accept(Contractor, Today, Now); break;
            case Act.Convert: estimate.Convert("Tess Two", Now); break;
        }
    }

    private static ConnectionEstimate Compute() =>
        EstimateCalculator.Calculate(Schedules.Fy2026, new EstimateFacts(PremiseClass.Residential, "1", true, null, true));

    /// <summary>A new estimate walked along the legal path to <paramref name="status"/>.</summary>
    internal static ContractorEstimate In(EstimateStatus status)
    {
        var estimate = new ContractorEstimate(Contractor, "Whitfield Site Works", "01-4101-000-0010",
            PostalAddress.Create("100 Palm Ave", null, "Palm Harbor City", "FL", "33401"), "1", RequestedServices.Water | RequestedServices.Sewer,
            PremiseClass.Residential, null, true, "City service area, section 4101", null, Now);
        if (status == EstimateStatus.Requested)
        {
            return estimate;
        }

        estimate.StartReview("Sam Specialist", Now);
        if (status == EstimateStatus.InReview)
        {
            return estimate;
        }

        estimate.Issue("FY2026", 1, Compute(), Today.AddDays(90), "Tess Two", Now);
        switch (status)
        {
            case EstimateStatus.Expired: estimate.ExpireIfDue(Today.AddDays(91)); break;
            case EstimateStatus.Revised: estimate.Revise("Bigger meter", "Tess Two", Now); break;
            case EstimateStatus.Accepted: estimate.Accept(Contractor, Today, Now); break;
            case EstimateStatus.Converted:
                estimate.Accept(Contractor, Today, Now);
                estimate.Convert("Tess Two", Now);
                break;
        }

        return estimate;
    }
}
