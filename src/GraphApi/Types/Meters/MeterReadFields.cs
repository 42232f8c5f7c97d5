using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.GraphApi.Types.Meters;

/// <summary>The meter read fields of the Query and Mutation roots, kept beside their types.</summary>
internal static class MeterReadFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<MeterType>("meter")
            .Description("Staff only. A meter by serial number or radio id (the active meter when a radio id moved to a new one); null when none.")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await MeterLookup.FindAsync(c.Service<UtilityDbContext>(), c.GetArgument<string>("key"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReadImportType>>>>("readImports")
            .Description("Staff only. Read file imports, newest first.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ReadImportHistory>().RecentAsync(c.Actor(), c.GetArgument("first", 20), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ReadImportResultType>>("importReads")
            .Description("Staff only. Imports a read file (or with preview: true, checks it and writes nothing). Bad lines are skipped and listed by " +
                "line number; a line identical to a stored read is skipped silently, so importing the same file twice adds nothing. " +
                "The import is one transaction: it lands whole or not at all.")
            .Argument<NonNullGraphType<ImportReadsInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ImportReadsArgs>("input");
                using var file = new StringReader(input.File);
                return (object?)await c.Service<ImportMeterReads>().HandleAsync(c.Actor(),
                    new ImportReadsInput(input.FileName, input.Preview) { MaxErrors = input.MaxErrors }, file, c.CancellationToken);
            });
}
