using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.Domain.Tests.Accounts;

public sealed class PhoneNumbersAreKeptInE164
{
    [Theory]
    [InlineData("(305) 555-0123", "+13055550123")]
    [InlineData("305.555.0123", "+13055550123")]
    [InlineData("+1 305 555 0123", "+13055550123")]
    [InlineData("1-561-555-0199", "+15615550199")]
    [InlineData("+52 55 1234 5678", "+525512345678")]
    public void WhatPeopleTypeIsNormalized(string typed, string e164) =>
        PhoneNumber.Parse(typed).E164.ShouldBe(e164);

    [Theory]
    [InlineData("555-0123")]
    [InlineData("(000) 555-0123")]
    [InlineData("call me")]
    [InlineData("+1 305 555 01234567")]
    public void InvalidNumbersAreRefusedWithAFieldMessage(string typed)
    {
        var error = Should.Throw<DomainException>(() => PhoneNumber.Parse(typed, "MobilePhone")).Errors.Single();
        error.Field.ShouldBe("MobilePhone");
        error.Code.ShouldBe(ErrorCodes.Invalid);
    }

    [Fact]
    public void UsNumbersDisplayInNationalForm() =>
        PhoneNumber.Parse("+13055550123").ToDisplay().ShouldBe("(305) 555-0123");
}
