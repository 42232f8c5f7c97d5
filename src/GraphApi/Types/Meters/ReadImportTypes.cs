using GraphQL.Types;
using UtilityPortal.Domain.Meters;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Meters;

public sealed record ImportReadsArgs
{
    public string? FileName { get; init; }

    public string File { get; init; } = string.Empty;

    public bool Preview { get; init; }

    public int MaxErrors { get; init; } = ImportReadsInput.DefaultMaxErrors;
}

public sealed class ImportReadsInputType : InputObjectGraphType<ImportReadsArgs>
{
    public ImportReadsInputType()
    {
        Name = "ImportReadsInput";
        Description = "A read file as text. For files beyond about 100,000 lines use the BackOffice upload: a request has a size limit and a time limit.";
        Field(i => i.FileName, nullable: true).Description("Kept on the import record.");
        Field(i => i.File).Description("The CSV text: the header `" + ReadFile.Header + "`, then one read a line (see the README).");
        Field(i => i.Preview, nullable: true).DefaultValue(false).Description("Check every line and write nothing.");
        Field(i => i.MaxErrors, nullable: true).DefaultValue(ImportReadsInput.DefaultMaxErrors)
            .Description($"How many refused lines to list, at most {ImportReadsInput.MaxMaxErrors} (all are counted).");
    }
}

public sealed class ReadImportResultType : ObjectGraphType<ReadImportSummary>
{
    public ReadImportResultType()
    {
        Name = "ReadImportResult";
        Description = "What an import did, or in a preview what it would do. Bad lines are skipped and listed; good lines are imported.";
        Field(s => s.ImportId, type: typeof(IdGraphType)).Description("The import record; null for a preview.");
        Field(s => s.Preview);
        Field(s => s.FileName);
        Field(s => s.Lines).Description("Data lines in the file.");
        Field(s => s.NewReads).Description("Reads imported (in a preview: that would be).");
        Field(s => s.AlreadyImported).Description("Lines identical to a stored read: skipped, so importing a file twice adds nothing.");
        Field(s => s.Refused);
        Field(s => s.NothingNew).Description("Every good line was already imported.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProblemCountType>>>>("refusedByProblem")
            .Resolve(c => c.Source.RefusedByProblem.OrderBy(p => p.Key).Select(p => new ProblemCount(p.Key, p.Value)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReadLineErrorType>>>>("errors").Description("The first refused lines, in file order.")
            .Resolve(c => c.Source.Errors);
    }
}

public sealed record ProblemCount(ReadLineProblem Problem, int Count);

public sealed class ProblemCountType : ObjectGraphType<ProblemCount>
{
    public ProblemCountType()
    {
        Name = "ReadProblemCount";
        Field(p => p.Problem, type: typeof(NonNullGraphType<ReadLineProblemType>));
        Field(p => p.Count);
    }
}

public sealed class ReadLineErrorType : ObjectGraphType<ReadLineError>
{
    public ReadLineErrorType()
    {
        Name = "ReadLineError";
        Field(e => e.LineNumber).Description("Counting the header as line 1.");
        Field(e => e.Problem, type: typeof(NonNullGraphType<ReadLineProblemType>));
        Field(e => e.Meter, nullable: true).Description("The serial number or radio id on the line, when it has one.");
        Field(e => e.Message);
    }
}

public sealed class ReadImportType : ObjectGraphType<ReadImportRow>
{
    public ReadImportType()
    {
        Name = "ReadImport";
        Description = "A past read file import.";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.FileName);
        Field(i => i.ImportedAt, type: typeof(NonNullGraphType<DateTimeScalar>));
        Field(i => i.ImportedBy);
        Field(i => i.Lines);
        Field(i => i.Imported);
        Field(i => i.AlreadyImported);
        Field(i => i.Refused);
    }
}
