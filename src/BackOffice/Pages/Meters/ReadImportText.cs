using Microsoft.Extensions.Localization;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.BackOffice.Pages.Meters;

/// <summary>How the read import pages word the Domain's problems, in the reader's language.</summary>
public static class ReadImportText
{
    /// <summary>The English label of each kind of refused line (a key of the resources).</summary>
    public static string Label(ReadLineProblem problem) => problem switch
    {
        ReadLineProblem.Malformed => "Not in the file layout",
        ReadLineProblem.NotANumber => "Not a number",
        ReadLineProblem.UnknownMeter => "Unknown meter",
        ReadLineProblem.RegisterOutOfRange => "Too large for the register",
        ReadLineProblem.DuplicateLine => "Duplicate line",
        ReadLineProblem.EarlierThanLastRead => "Earlier than the last read",
        ReadLineProblem.ConflictsWithStoredRead => "Differs from a stored read",
        _ => problem.ToString(),
    };

    /// <summary>The line's message: its English format looked up in the resources, then filled in.</summary>
    public static string Message(IStringLocalizer t, ReadLineError error) => t[error.MessageFormat, [.. error.Arguments]];
}
