using GraphQL.Types;
using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Attachments;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Adjustments;

public sealed class AdjustmentDirectionType : EnumerationGraphType<AdjustmentDirection>
{
    public AdjustmentDirectionType() => Description = "CREDIT lowers what the customer owes; DEBIT raises it.";
}

public sealed class AdjustmentReasonType : EnumerationGraphType<AdjustmentReason>
{
    public AdjustmentReasonType() => Description = "LEAK, BILLING_ERROR and METER_ERROR concern a bill.";
}

public sealed class AdjustmentBasisType : EnumerationGraphType<AdjustmentBasis>
{
    public AdjustmentBasisType() => Description = "AMOUNT: entered by the maker. RECALCULATION: the leak policy, or the bill on corrected gallons.";
}

public sealed class AdjustmentStatusType : EnumerationGraphType<AdjustmentStatus>
{
    public AdjustmentStatusType() => Description = "PENDING → APPROVED → POSTED, or PENDING → REJECTED.";
}

public sealed class AdjustmentRequestType : ObjectGraphType<AdjustmentRequestRow>
{
    public AdjustmentRequestType()
    {
        Name = "AdjustmentRequest";
        Description = "A request to credit or debit a service account.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(r => r.AccountNumber);
        Field<NonNullGraphType<AdjustmentDirectionType>>("direction").Resolve(c => c.Source.Direction);
        Field<NonNullGraphType<AdjustmentReasonType>>("reason").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<DecimalScalar>>("amount").Resolve(c => c.Source.Amount).Description("Always positive; direction gives the sign.");
        Field<NonNullGraphType<AdjustmentStatusType>>("status").Resolve(c => c.Source.Status);
        Field(r => r.ByResident).Description("Asked for by a resident in the Portal.");
        Field(r => r.RequestedBy);
        Field<NonNullGraphType<DateTimeScalar>>("requestedAt").Resolve(c => c.Source.RequestedAt);
        Field(r => r.BillPeriodEnd, nullable: true).Description("The end of the period of the bill concerned.");
        Field(r => r.RejectionReason, nullable: true);
    }
}

public sealed class AdjustmentAttachmentType : ObjectGraphType<AttachmentInfo>
{
    public AdjustmentAttachmentType()
    {
        Name = "AdjustmentAttachment";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(a => a.FileName);
        Field(a => a.ContentType);
        Field<NonNullGraphType<IntGraphType>>("size").Resolve(c => (int)c.Source.Size).Description("Bytes.");
    }
}

public sealed class AdjustmentStepType : ObjectGraphType<AdjustmentStep>
{
    public AdjustmentStepType()
    {
        Name = "AdjustmentStep";
        Field<NonNullGraphType<DateTimeScalar>>("at").Resolve(c => c.Source.At);
        Field(s => s.Actor);
        Field(s => s.Action);
        Field(s => s.Before, nullable: true);
        Field(s => s.After, nullable: true);
    }
}

public sealed class AdjustmentRequestDetailsType : ObjectGraphType<AdjustmentRequestDetails>
{
    public AdjustmentRequestDetailsType()
    {
        Name = "AdjustmentRequestDetails";
        Field<NonNullGraphType<AdjustmentRequestType>>("request").Resolve(c => c.Source.Summary);
        Field<NonNullGraphType<AdjustmentBasisType>>("basis").Resolve(c => c.Source.Basis);
        Field<IdGraphType>("billId").Resolve(c => c.Source.BillId);
        Field(d => d.Calculation, nullable: true).Description("How a recalculated amount was found.");
        Field(d => d.Notes, nullable: true);
        Field(d => d.DecidedBy, nullable: true);
        Field(d => d.ApprovalRefusal, nullable: true).Description("Why the reader may not decide it (null: they may, while pending).");
        Field(d => d.CanDecide);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdjustmentAttachmentType>>>>("attachments").Resolve(c => c.Source.Attachments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdjustmentStepType>>>>("history").Resolve(c => c.Source.History)
            .Description("Created, approved, rejected, posted: who, when, before and after.");
    }
}

/// <summary>A file sent inside a mutation (GraphQL has no upload): its name, declared type and base64 content.</summary>
public sealed record AttachmentUploadArgs
{
    public string FileName { get; init; } = string.Empty;

    public string? ContentType { get; init; }

    public string ContentBase64 { get; init; } = string.Empty;

    public StoreAttachmentInput ToInput()
    {
        try
        {
            return new StoreAttachmentInput(new MemoryStream(Convert.FromBase64String(ContentBase64)), FileName, ContentType);
        }
        catch (FormatException)
        {
            throw new Domain.DomainException(Domain.ErrorCodes.Invalid, "The file content is not valid base64.", StoreAttachment.Field);
        }
    }
}

public sealed class AttachmentUploadInputType : InputObjectGraphType<AttachmentUploadArgs>
{
    public AttachmentUploadInputType()
    {
        Name = "AttachmentUploadInput";
        Description = "A PDF, JPEG or PNG (checked by its content), base64-encoded, within the size limit.";
        Field(i => i.FileName);
        Field(i => i.ContentType, nullable: true);
        Field(i => i.ContentBase64);
    }
}

public sealed record CreateAdjustmentArgs
{
    public string AccountNumber { get; init; } = string.Empty;

    public AdjustmentReason Reason { get; init; }

    public AdjustmentBasis Basis { get; init; }

    public AdjustmentDirection? Direction { get; init; }

    public decimal? Amount { get; init; }

    public Guid? BillId { get; init; }

    public long? CorrectedGallons { get; init; }

    public string? Notes { get; init; }

    public List<AttachmentUploadArgs>? Attachments { get; init; }

    public CreateAdjustmentInput ToInput() => new(AccountNumber, Reason, Basis, Direction ?? AdjustmentDirection.Credit, Amount, BillId, CorrectedGallons, Notes,
        Attachments?.Select(a => a.ToInput()).ToList());
}

public sealed class CreateAdjustmentInputType : InputObjectGraphType<CreateAdjustmentArgs>
{
    public CreateAdjustmentInputType()
    {
        Name = "CreateAdjustmentRequestInput";
        Description = "AMOUNT needs amount and direction; RECALCULATION needs billId (and correctedGallons for a billing or meter error). LEAK is always a recalculation with proof of repair attached.";
        Field(i => i.AccountNumber);
        Field(i => i.Reason, type: typeof(NonNullGraphType<AdjustmentReasonType>));
        Field(i => i.Basis, type: typeof(NonNullGraphType<AdjustmentBasisType>));
        Field(i => i.Direction, type: typeof(AdjustmentDirectionType));
        Field(i => i.Amount, type: typeof(DecimalScalar));
        Field(i => i.BillId, type: typeof(IdGraphType));
        Field(i => i.CorrectedGallons, type: typeof(LongGraphType));
        Field(i => i.Notes, nullable: true);
        Field(i => i.Attachments, type: typeof(ListGraphType<NonNullGraphType<AttachmentUploadInputType>>));
    }
}

public sealed record LeakAdjustmentArgs
{
    public string AccountNumber { get; init; } = string.Empty;

    public Guid? BillId { get; init; }

    public string? Notes { get; init; }

    public List<AttachmentUploadArgs>? Attachments { get; init; }

    public CreateAdjustmentInput ToInput() =>
        CreateAdjustmentInput.LeakFromResident(AccountNumber, BillId, Notes, Attachments?.Select(a => a.ToInput()).ToList() ?? []);
}

public sealed class LeakAdjustmentInputType : InputObjectGraphType<LeakAdjustmentArgs>
{
    public LeakAdjustmentInputType()
    {
        Name = "LeakAdjustmentRequestInput";
        Description = "A resident's leak adjustment of one bill of a linked account, with the proof of repair (the plumber's invoice).";
        Field(i => i.AccountNumber);
        Field(i => i.BillId, type: typeof(IdGraphType));
        Field(i => i.Notes, nullable: true);
        Field(i => i.Attachments, type: typeof(ListGraphType<NonNullGraphType<AttachmentUploadInputType>>));
    }
}
