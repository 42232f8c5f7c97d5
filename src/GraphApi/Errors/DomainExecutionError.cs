using GraphQL;
using UtilityPortal.Domain;

namespace UtilityPortal.GraphApi.Errors;

/// <summary>One broken rule reported by the Domain, as a GraphQL error with its code and the input field it concerns.</summary>
public sealed class DomainExecutionError : ExecutionError
{
    public DomainExecutionError(DomainError error)
        : base(error.Message)
    {
        Code = error.Code;
        Field = error.Field is null ? null : GraphFieldNames.FromDomain(error.Field);
    }

    /// <summary>The input field in GraphQL's spelling (mailingAddress.zip), or null when the error is about no one field.</summary>
    public string? Field { get; }
}
