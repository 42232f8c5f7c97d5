using GraphQL;
using UtilityPortal.Domain;
using UtilityPortal.GraphApi.Errors;

namespace UtilityPortal.GraphApi.Tests;

/// <summary>Stack traces reach clients only in Development; Domain errors always carry their code and field.</summary>
public sealed class ErrorDetailsTests
{
    private static ExecutionError Unexpected()
    {
        try
        {
            throw new InvalidOperationException("connection string secret=hunter2");
        }
        catch (InvalidOperationException ex)
        {
            return new ExecutionError("Error trying to resolve field 'me'.", ex);
        }
    }

    [Fact]
    public void OutsideDevelopmentAnUnexpectedErrorShowsNoExceptionDetails()
    {
        var info = new UtilityErrorInfoProvider(exposeExceptionDetails: false).GetInfo(Unexpected());

        info.Message.ShouldBe("Error trying to resolve field 'me'.");
        (info.Extensions?.ContainsKey("details") ?? false).ShouldBeFalse();
        string.Join(' ', info.Extensions?.Values.Select(v => v?.ToString()) ?? []).ShouldNotContain("hunter2");
    }

    [Fact]
    public void InDevelopmentAnUnexpectedErrorShowsItsDetails()
    {
        var info = new UtilityErrorInfoProvider(exposeExceptionDetails: true).GetInfo(Unexpected());

        info.Extensions.ShouldNotBeNull();
        info.Extensions["details"]!.ToString()!.ShouldContain("InvalidOperationException");
    }

    [Fact]
    public void ADomainErrorCarriesItsCodeAndTheInputFieldInGraphQLSpelling()
    {
        var info = new UtilityErrorInfoProvider(exposeExceptionDetails: false)
            .GetInfo(new DomainExecutionError(new DomainError(ErrorCodes.Invalid, "Enter a 5-digit ZIP code.", "MailingAddress.Zip")));

        info.Extensions.ShouldNotBeNull();
        info.Extensions["code"].ShouldBe("INVALID");
        info.Extensions["field"].ShouldBe("mailingAddress.zip");
    }
}
