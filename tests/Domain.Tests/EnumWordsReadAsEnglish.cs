using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.Domain.Tests;

/// <summary>Both sites show an enum value as English words, which are also the key of its Spanish translation.</summary>
public sealed class EnumWordsReadAsEnglish
{
    [Fact]
    public void EachCapitalAfterTheFirstStartsANewLowerCaseWord()
    {
        EnumWords.Of(WorkOrderType.LeakInvestigation).ShouldBe("Leak investigation");
        EnumWords.Of(PaymentStatus.Posted).ShouldBe("Posted");
        EnumWords.Of("FinalBilled").ShouldBe("Final billed");
    }
}
