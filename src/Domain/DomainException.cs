namespace UtilityPortal.Domain;

/// <summary>One broken rule: a stable code for clients, a message for people, and the input field it concerns.</summary>
public sealed record DomainError(string Code, string Message, string? Field = null);

/// <summary>The single exception type for broken business rules and invalid input.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string code, string message, string? field = null)
        : this([new DomainError(code, message, field)])
    {
    }

    public DomainException(IReadOnlyList<DomainError> errors)
        : base(errors.Count > 0 ? errors[0].Message : "Invalid request.")
    {
        Errors = errors;
    }

    public DomainException()
        : this("INVALID", "Invalid request.")
    {
    }

    public DomainException(string message)
        : this("INVALID", message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new DomainError("INVALID", message)];
    }

    public IReadOnlyList<DomainError> Errors { get; }

    public string Code => Errors[0].Code;

    /// <summary>The answer for a record that does not exist or that the caller may not see: the two look alike on purpose.</summary>
    public static DomainException NotFound(string what) => new(ErrorCodes.NotFound, $"{what} not found.");
}

public static class ErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string Invalid = "INVALID";
    public const string Forbidden = "FORBIDDEN";
    public const string Conflict = "CONFLICT";
}
