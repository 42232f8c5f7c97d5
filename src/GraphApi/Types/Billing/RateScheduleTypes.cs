using GraphQL.Types;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Billing;

public sealed class RateScheduleType : ObjectGraphType<RateScheduleSummary>
{
    public RateScheduleType()
    {
        Name = "RateSchedule";
        Description = "One stored version of an adopted rate schedule.";
        Field(s => s.Code).Description("The schedule's code, e.g. FY2026.");
        Field(s => s.Version).Description("Versions of a code count from 1; the latest prices bills.");
        Field(s => s.Name, nullable: true);
        Field(s => s.EffectiveFrom, type: typeof(NonNullGraphType<DateScalar>)).Description("The schedule in effect on a bill's period end prices the whole bill.");
        Field(s => s.Source).Description("Where the version came from: the startup folder's file, or upload:<file name>.");
        Field(s => s.UploadedBy);
        Field(s => s.UploadedAt, type: typeof(NonNullGraphType<DateTimeScalar>));
        Field(s => s.Locked).Description("The code has priced posted bills and can no longer change.");
        Field(s => s.IsLatest).Description("The latest version of its code: the one that prices.");
        Field(s => s.InEffect).Description("The schedule that prices a period ending today.");
    }
}

public sealed class RateScheduleDetailsType : ObjectGraphType<RateScheduleDetails>
{
    public RateScheduleDetailsType()
    {
        Name = "RateScheduleDetails";
        Description = "One version of a rate schedule with its document.";
        Field<NonNullGraphType<RateScheduleType>>("schedule").Resolve(c => c.Source.Summary);
        Field(d => d.Document).Description("The JSON document as adopted, in the format of rates/README.md.");
    }
}

public sealed record UploadRateScheduleArgs
{
    public string? FileName { get; init; }

    public string Document { get; init; } = string.Empty;
}

public sealed class UploadRateScheduleInputType : InputObjectGraphType<UploadRateScheduleArgs>
{
    public UploadRateScheduleInputType()
    {
        Name = "UploadRateScheduleInput";
        Description = "A rate schedule document to adopt.";
        Field(i => i.FileName, nullable: true).Description("Kept as the version's source.");
        Field(i => i.Document).Description($"The JSON text, in the format of rates/README.md (at most {UploadRateSchedule.MaxDocumentLength / 1024} KB).");
    }
}

public sealed class UploadRateSchedulePayloadType : ObjectGraphType<UploadRateScheduleResult>
{
    public UploadRateSchedulePayloadType()
    {
        Name = "UploadRateSchedulePayload";
        Field(r => r.Code);
        Field(r => r.Version).Description("The version stored, or the latest one when nothing changed.");
        Field(r => r.EffectiveFrom, type: typeof(NonNullGraphType<DateScalar>));
        Field(r => r.Created).Description("False when the latest version already held this exact document: nothing was stored.");
    }
}
