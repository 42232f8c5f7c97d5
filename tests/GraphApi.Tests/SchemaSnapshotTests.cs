using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.GraphApi.Tests;

/// <summary>
/// The printed schema is the API's contract: any change to it shows up here, in review, as a change to the approved
/// file. On a mismatch the test fails and writes a .received file beside the approved one; approve by copying it over.
/// </summary>
public sealed class SchemaSnapshotTests
{
    public static ISchema BuildSchema()
    {
        var services = new ServiceCollection().AddUtilityGraphApi().BuildServiceProvider();
        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    [Fact]
    public void PrintedSchemaMatchesTheApprovedFile()
    {
        BuildSchema().Print().ShouldMatchApproved(o => o.NoDiff().WithFileExtension("graphql").LocateTestMethodUsingAttribute<FactAttribute>());
    }
}
