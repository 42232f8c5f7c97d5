using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.Domain.Tests.Accounts;

public sealed class AccountNumberCheckDigit
{
    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(123456789)]
    public void ANumberMadeFromASequenceParsesBack(long sequence)
    {
        var number = AccountNumber.FromSequence(sequence);

        number.Value.Length.ShouldBe(10);
        AccountNumber.TryParse(number.Value, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(number);
    }

    [Fact]
    public void TheCheckDigitIsLuhn()
    {
        // Worked by hand: body 000000001, the rightmost body digit doubles to 2, and 2 + 8 = 10, so the check digit is 8.
        // Body 799273987, from the right, every other digit doubled (less 9 when over 9): 5+8+9+3+5+2+9+9+5 = 55, so 5.
        AccountNumber.FromSequence(1).Value.ShouldBe("0000000018");
        AccountNumber.TryParse("7992739875", out _).ShouldBeTrue();
        AccountNumber.TryParse("7992739873", out _).ShouldBeFalse();
    }

    [Fact]
    public void EverySingleDigitTypoIsCaught()
    {
        var number = AccountNumber.FromSequence(204_613_557).Value;
        for (var position = 0; position < number.Length; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit == number[position])
                {
                    continue;
                }

                var typo = string.Concat(number.AsSpan(0, position), digit.ToString(), number.AsSpan(position + 1));
                AccountNumber.TryParse(typo, out _).ShouldBeFalse(typo);
            }
        }
    }

    [Fact]
    public void AdjacentSwapsAreCaught()
    {
        var number = AccountNumber.FromSequence(135_792_468).Value;
        for (var i = 0; i < number.Length - 1; i++)
        {
            if (number[i] == number[i + 1] || (number[i] - '0') + (number[i + 1] - '0') == 9)
            {
                continue; // Luhn cannot see 09 <-> 90 or equal digits swapped.
            }

            var chars = number.ToCharArray();
            (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
            AccountNumber.TryParse(new string(chars), out _).ShouldBeFalse(new string(chars));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("12345678901")]
    [InlineData("abcdefghij")]
    public void MalformedInputIsRefusedWithAFieldMessage(string text)
    {
        var error = Should.Throw<DomainException>(() => AccountNumber.Parse(text)).Errors.Single();
        error.Field.ShouldBe("accountNumber");
        error.Message.ShouldContain("10-digit");
    }

    [Fact]
    public void SpacesAndDashesAreIgnored()
    {
        var number = AccountNumber.FromSequence(1234).Value;
        AccountNumber.Parse($"{number[..5]}-{number[5..]}").Value.ShouldBe(number);
        AccountNumber.Parse($" {number[..3]} {number[3..]} ").Value.ShouldBe(number);
    }
}
