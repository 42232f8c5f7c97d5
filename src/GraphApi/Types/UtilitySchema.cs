using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.GraphApi.Types;

public sealed class UtilitySchema : Schema
{
    public UtilitySchema(IServiceProvider services)
        : base(services)
    {
        Description = "UtilityPortal: the city water utility's customer accounts.";
        Query = services.GetRequiredService<UtilityQuery>();
        Mutation = services.GetRequiredService<UtilityMutation>();
    }
}
