using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace UtilityPortal.GraphApi.Authorization;

/// <summary>A field or type the caller may not use. Reported during validation, so nothing executes and no data returns.</summary>
public sealed class AccessDeniedError : ValidationError
{
    public const string ErrorCode = "ACCESS_DENIED";

    public AccessDeniedError(ROM source, string message, ASTNode node)
        : base(source, ErrorCode, message, node)
    {
        Code = ErrorCode;
    }
}
