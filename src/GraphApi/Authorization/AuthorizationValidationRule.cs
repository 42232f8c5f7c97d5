using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.GraphApi.Authorization;

/// <summary>
/// Enforces what graph types and fields declare with <c>Authorize()</c>, <c>AuthorizeWithRoles(...)</c> and
/// <c>AuthorizeWithPolicy(...)</c>, before anything executes. For every field the operation selects it checks the
/// parent type, the field and the type the field returns. Only the chosen operation and the fragments it uses are
/// checked, and fields skipped by @skip/@include are not. Introspection fields (__schema, __type, __typename) are
/// governed by the introspection rule instead.
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new Visitor(context));

    private sealed class Visitor(ValidationContext context) : INodeVisitor
    {
        private readonly ClaimsPrincipal _user = context.User ?? new ClaimsPrincipal(new ClaimsIdentity());
        private readonly HashSet<GraphQLFragmentDefinition> _usedFragments = context.Operation is null
            ? []
            : [.. context.GetRecursivelyReferencedFragments(context.Operation) ?? []];
        private readonly HashSet<IMetadataReader> _denied = [];
        private ASTNode? _skippedDefinition;
        private int _skippedDepth;

        public async ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            switch (node)
            {
                case GraphQLOperationDefinition op when op != context.Operation:
                case GraphQLFragmentDefinition fragment when !_usedFragments.Contains(fragment):
                    _skippedDefinition ??= node;
                    return;
                case GraphQLField or GraphQLInlineFragment or GraphQLFragmentSpread when _skippedDepth > 0 || !context.ShouldIncludeNode(node):
                    _skippedDepth++;
                    return;
            }

            if (_skippedDefinition is null && node is GraphQLField field && !field.Name.StringValue.StartsWith("__", StringComparison.Ordinal))
            {
                await CheckFieldAsync(field, context);
            }
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context)
        {
            if (node == _skippedDefinition)
            {
                _skippedDefinition = null;
            }
            else if (node is GraphQLField or GraphQLInlineFragment or GraphQLFragmentSpread && _skippedDepth > 0)
            {
                _skippedDepth--;
            }

            return default;
        }

        private async ValueTask CheckFieldAsync(GraphQLField node, ValidationContext context)
        {
            var definition = context.TypeInfo.GetFieldDef();
            if (definition is null)
            {
                return; // an unknown field: the core rules report it.
            }

            if (!definition.IsAnonymousAllowed() && context.TypeInfo.GetParentType() is { } parent)
            {
                await CheckAsync(parent, $"type {parent.Name}", node, context);
            }

            await CheckAsync(definition, $"field {definition.Name}", node, context);
            if (definition.ResolvedType?.GetNamedType() is { } returned)
            {
                await CheckAsync(returned, $"type {returned.Name}", node, context);
            }
        }

        private async ValueTask CheckAsync(IMetadataReader element, string what, ASTNode node, ValidationContext context)
        {
            if (!element.IsAuthorizationRequired() || _denied.Contains(element))
            {
                return;
            }

            var reason = await DenialAsync(element, context);
            if (reason is not null)
            {
                _denied.Add(element);
                context.ReportError(new AccessDeniedError(context.Document.Source, $"{reason} ({what}).", node));
            }
        }

        private async ValueTask<string?> DenialAsync(IMetadataReader element, ValidationContext context)
        {
            if (_user.Identity?.IsAuthenticated != true)
            {
                return "Sign in first";
            }

            var roles = element.GetRoles();
            if (roles is { Count: > 0 } && !roles.Any(_user.IsInRole))
            {
                return "Access denied: this needs one of the roles " + string.Join(", ", roles);
            }

            var policies = element.GetPolicies();
            if (policies is { Count: > 0 })
            {
                var authorization = context.RequestServices?.GetService<IAuthorizationService>();
                foreach (var policy in policies)
                {
                    if (authorization is null || !(await authorization.AuthorizeAsync(_user, policy)).Succeeded)
                    {
                        return $"Access denied by the {policy} policy";
                    }
                }
            }

            return null;
        }
    }
}
