using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Collections;

public enum CollectionHoldKind
{
    /// <summary>The customer filed for bankruptcy: the automatic stay stops collection of what was owed at filing.</summary>
    Bankruptcy = 1,

    /// <summary>Someone at the premise depends on water for medical or critical care, certified until a date.</summary>
    CriticalCare = 2,
}

/// <summary>
/// Something that keeps an account out of collection actions (past-due notices, the shut-off list, the delinquency fee)
/// while it is in force. <see cref="OpenKey"/> is set while the hold is in force and unique, so an account has at most
/// one bankruptcy flag and one critical-care flag at a time, on every provider.
/// </summary>
public sealed class CollectionHold
{
    public const int CaseNumberMaxLength = 40;
    public const int NoteMaxLength = 300;
    public static readonly IReadOnlyList<int> Chapters = [7, 11, 12, 13];

    private CollectionHold()
    {
        PlacedBy = string.Empty;
    }

    private CollectionHold(Guid serviceAccountId, CollectionHoldKind kind, DateTimeOffset at, string placedBy)
    {
        Id = Guid.CreateVersion7();
        ServiceAccountId = serviceAccountId;
        Kind = kind;
        OpenKey = OpenKeyOf(serviceAccountId, kind);
        PlacedAt = at;
        PlacedBy = placedBy;
    }

    public Guid Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    public CollectionHoldKind Kind { get; private set; }

    /// <summary>"{account}:{kind}" while in force, null once released.</summary>
    public string? OpenKey { get; private set; }

    public string? CaseNumber { get; private set; }

    public int? Chapter { get; private set; }

    public DateOnly? FiledOn { get; private set; }

    /// <summary>The balance as of the filing date: the pre-petition debt, stayed by the court and shown apart.</summary>
    public Money? PrePetitionBalance { get; private set; }

    /// <summary>Critical care: the last day the medical certification covers.</summary>
    public DateOnly? CertifiedUntil { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public string PlacedBy { get; private set; }

    public DateOnly? ReleasedOn { get; private set; }

    public string? ReleaseReason { get; private set; }

    public string? ReleasedBy { get; private set; }

    public bool IsReleased => ReleasedOn is not null;

    /// <summary>Whether the hold stops collection on <paramref name="today"/>: not released, and for critical care still certified.</summary>
    public bool IsInForceOn(DateOnly today) =>
        !IsReleased && (Kind != CollectionHoldKind.CriticalCare || CertifiedUntil >= today);

    public static string OpenKeyOf(Guid accountId, CollectionHoldKind kind) => $"{accountId:N}:{kind}";

    public static CollectionHold Bankruptcy(Guid serviceAccountId, string? caseNumber, int chapter, DateOnly filedOn, Money prePetitionBalance,
        DateOnly today, DateTimeOffset at, string placedBy)
    {
        var errors = new List<DomainError>();
        var number = caseNumber?.Trim() ?? string.Empty;
        if (number.Length is 0 or > CaseNumberMaxLength)
        {
            errors.Add(new(ErrorCodes.Invalid, "Enter the bankruptcy case number (up to 40 characters).", "caseNumber"));
        }

        if (!Chapters.Contains(chapter))
        {
            errors.Add(new(ErrorCodes.Invalid, "Choose chapter 7, 11, 12 or 13.", "chapter"));
        }

        if (filedOn > today)
        {
            errors.Add(new(ErrorCodes.Invalid, "The filing date cannot be in the future.", "filedOn"));
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        return new CollectionHold(serviceAccountId, CollectionHoldKind.Bankruptcy, at, placedBy)
        {
            CaseNumber = number,
            Chapter = chapter,
            FiledOn = filedOn,
            PrePetitionBalance = prePetitionBalance,
        };
    }

    public static CollectionHold CriticalCare(Guid serviceAccountId, DateOnly certifiedUntil, string? note, DateOnly today, DateTimeOffset at, string placedBy)
    {
        RequireCertification(certifiedUntil, today);
        return new CollectionHold(serviceAccountId, CollectionHoldKind.CriticalCare, at, placedBy) { CertifiedUntil = certifiedUntil, Note = Clip(note) };
    }

    /// <summary>A new certificate for a critical-care flag already on the account.</summary>
    public void Recertify(DateOnly certifiedUntil, string? note, DateOnly today)
    {
        if (Kind != CollectionHoldKind.CriticalCare || IsReleased)
        {
            throw new DomainException(ErrorCodes.Conflict, "Only a critical-care flag in place can be recertified.");
        }

        RequireCertification(certifiedUntil, today);
        CertifiedUntil = certifiedUntil;
        Note = Clip(note) ?? Note;
    }

    /// <summary>Lifts the hold (a bankruptcy discharged or dismissed, a certificate withdrawn) as of a day.</summary>
    public void Release(DateOnly releasedOn, string? reason, string by, DateOnly today)
    {
        if (IsReleased)
        {
            throw new DomainException(ErrorCodes.Conflict, "This flag has already been released.");
        }

        var errors = new List<DomainError>();
        if (releasedOn > today || (FiledOn is { } filed && releasedOn < filed))
        {
            errors.Add(new(ErrorCodes.Invalid, "The release date must fall between the filing date and today.", "releasedOn"));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new(ErrorCodes.Invalid, "Say why the flag is released (for example: discharged, dismissed).", "reason"));
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        ReleasedOn = releasedOn;
        ReleaseReason = Clip(reason);
        ReleasedBy = by;
        OpenKey = null;
    }

    private static void RequireCertification(DateOnly certifiedUntil, DateOnly today)
    {
        if (certifiedUntil < today)
        {
            throw new DomainException(ErrorCodes.Invalid, "The certification must run until today or later.", "certifiedUntil");
        }
    }

    private static string? Clip(string? value)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) ? null : text.Length > NoteMaxLength ? text[..NoteMaxLength] : text;
    }
}
