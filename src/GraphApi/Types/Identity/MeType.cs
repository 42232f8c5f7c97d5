using GraphQL.Types;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.GraphApi.Loading;
using UtilityPortal.GraphApi.Types.Accounts;

namespace UtilityPortal.GraphApi.Types.Identity;

/// <summary>The signed-in user as the API describes them.</summary>
public sealed record MeNode(string UserId, string? Email, string DisplayName, IReadOnlyList<string> Roles, bool IsStaff);

public sealed class MeType : ObjectGraphType<MeNode>
{
    public MeType()
    {
        Name = "Me";
        Description = "The signed-in user.";
        Field(m => m.Email, nullable: true);
        Field(m => m.DisplayName);
        Field(m => m.Roles, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccountType>>>>("accounts")
            .Description("The accounts a resident has linked, oldest link first. Staff reach accounts through search instead, so theirs is empty.")
            .ResolveAsync(async c =>
            {
                if (c.Source.IsStaff)
                {
                    return (object)Array.Empty<AccountNode>();
                }

                var ids = await c.Service<AccountAccess>().LinkedAccountIdsAsync(c.Source.UserId, c.CancellationToken);
                return await c.Loaders().AccountsAsync(ids, c.CancellationToken);
            });
    }
}
