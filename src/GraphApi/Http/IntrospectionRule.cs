using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Hosting;

namespace UtilityPortal.GraphApi.Http;

/// <summary>
/// Introspection (__schema, __type) answers only in Development: elsewhere the schema is not advertised to whoever
/// asks. __typename stays available, as clients rely on it.
/// </summary>
public sealed class IntrospectionRule(IHostEnvironment environment) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        environment.IsDevelopment() ? default : NoIntrospectionValidationRule.Instance.GetPreNodeVisitorAsync(context);
}
