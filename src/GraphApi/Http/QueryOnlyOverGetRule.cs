using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace UtilityPortal.GraphApi.Http;

/// <summary>GET must not change anything (it is cached, prefetched and sent cross-site freely), so only queries run over GET.</summary>
public sealed class QueryOnlyOverGetRule : ValidationRuleBase
{
    public static readonly QueryOnlyOverGetRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        context.Operation is { Operation: not OperationType.Query } operation
            ? new(new MatchingNodeVisitor<GraphQLOperationDefinition>((op, ctx) =>
            {
                if (op == operation)
                {
                    ctx.ReportError(new OnlyQueriesOverGetError(ctx.Document.Source, op));
                }
            }))
            : default;
}

public sealed class OnlyQueriesOverGetError : ValidationError
{
    public OnlyQueriesOverGetError(ROM source, GraphQLOperationDefinition operation)
        : base(source, "HTTP_METHOD", $"Only queries can be sent with GET; send this {operation.Operation.ToString().ToLowerInvariant()} with POST.", operation)
    {
        Code = "METHOD_NOT_ALLOWED";
    }
}
