using System.Security.Claims;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.GraphApi.Authorization;

namespace UtilityPortal.GraphApi.Tests;

/// <summary>The rule on its own, against a small schema, for what the utility schema does not use yet: policies.</summary>
public sealed class AuthorizationRuleTests
{
    private const string Policy = "HoldsBadge";

    private static readonly ISchema Schema = BuildSchema();

    private static Schema BuildSchema()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("open").Resolve(_ => "open");
        query.Field<StringGraphType>("guarded").AuthorizeWithPolicy(Policy).Resolve(_ => "guarded");
        var schema = new Schema { Query = query };
        schema.Initialize();
        return schema;
    }

    private static async Task<ExecutionResult> RunAsync(string query, ClaimsPrincipal user)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddAuthorization(o => o.AddPolicy(Policy, p => p.RequireClaim("badge")))
            .BuildServiceProvider();
        return await new DocumentExecuter().ExecuteAsync(o =>
        {
            o.Schema = Schema;
            o.Query = query;
            o.User = user;
            o.RequestServices = services;
            o.ValidationRules = DocumentValidator.CoreRules.Append(new AuthorizationValidationRule());
        });
    }

    private static ClaimsPrincipal SignedIn(params Claim[] claims) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "u1"), .. claims], "test"));

    [Fact]
    public async Task AFieldUnderAPolicyRunsWhenThePolicyIsMet()
    {
        var result = await RunAsync("{ guarded }", SignedIn(new Claim("badge", "42")));

        result.Errors.ShouldBeNull();
        new GraphQLSerializer().Serialize(result).ShouldContain("\"guarded\":\"guarded\"");
    }

    [Fact]
    public async Task AFieldUnderAPolicyIsRefusedWhenThePolicyIsNotMet()
    {
        var result = await RunAsync("{ open guarded }", SignedIn());

        result.Executed.ShouldBeFalse();
        result.Errors!.Single().ShouldBeOfType<AccessDeniedError>().Message.ShouldContain(Policy);
    }

    [Fact]
    public async Task FieldsWithoutRequirementsNeedNoSignIn()
    {
        var result = await RunAsync("{ open }", new ClaimsPrincipal(new ClaimsIdentity()));

        result.Errors.ShouldBeNull();
    }
}
