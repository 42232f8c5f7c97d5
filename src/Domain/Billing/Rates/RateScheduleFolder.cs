using System.Globalization;
using System.Text;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Billing.Rates;

/// <summary>A schedule document read from the folder, validated.</summary>
public sealed record RateScheduleFile(string FileName, string Document, RateSchedule Schedule);

/// <summary>One reason a schedule folder was refused: the file, the field (a JSON path) and what is wrong with it.</summary>
public sealed record RateScheduleProblem(string File, string Field, string Problem)
{
    public override string ToString() => $"{File}: {Field}: {Problem}";
}

/// <summary>Thrown at startup when the schedule folder holds a document that cannot be used; the site does not start.</summary>
public sealed class InvalidRateScheduleFolderException : Exception
{
    public InvalidRateScheduleFolderException(string folder, IReadOnlyList<RateScheduleProblem> problems)
        : base(Describe(folder, problems))
    {
        Folder = folder;
        Problems = problems;
    }

    public InvalidRateScheduleFolderException()
        : this(string.Empty, [])
    {
    }

    public InvalidRateScheduleFolderException(string message)
        : base(message)
    {
        Folder = string.Empty;
        Problems = [];
    }

    public InvalidRateScheduleFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
        Folder = string.Empty;
        Problems = [];
    }

    public string Folder { get; }

    public IReadOnlyList<RateScheduleProblem> Problems { get; }

    private static string Describe(string folder, IReadOnlyList<RateScheduleProblem> problems)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The rate schedules in {folder} (Billing:RateSchedulesPath) cannot be used; fix these and start again:");
        foreach (var problem in problems)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}  {problem}");
        }

        return text.ToString();
    }
}

/// <summary>
/// Reads every <c>*.json</c> document of the schedule folder and validates it whole, so that a mistake in next year's
/// rates stops the site at startup with the file, the field and the problem, rather than surfacing on a customer's bill.
/// </summary>
public static class RateScheduleFolder
{
    /// <summary>
    /// The folder <paramref name="configured"/> names: an absolute path as it is, a relative one against the repository
    /// root (the folder holding UtilityPortal.sln above <paramref name="contentRoot"/>), or against the content root
    /// when there is no repository, as the SQLite file is resolved.
    /// </summary>
    public static string Resolve(string? configured, string contentRoot)
    {
        var path = string.IsNullOrWhiteSpace(configured) ? "rates" : configured.Trim();
        return Path.IsPathRooted(path)
            ? Path.GetFullPath(path)
            : Path.GetFullPath(Path.Combine(DatabaseInitializer.FindRepositoryRoot(contentRoot) ?? contentRoot, path));
    }

    /// <summary>Loads and validates the folder; throws <see cref="InvalidRateScheduleFolderException"/> listing every problem.</summary>
    public static IReadOnlyList<RateScheduleFile> Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new InvalidRateScheduleFolderException(folder, [new("(folder)", "Billing:RateSchedulesPath", $"the folder {folder} does not exist")]);
        }

        var problems = new List<RateScheduleProblem>();
        var files = new List<RateScheduleFile>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var document = File.ReadAllText(path);
            try
            {
                files.Add(new RateScheduleFile(name, document, RateScheduleReader.Read(document, name)));
            }
            catch (DomainException ex)
            {
                problems.AddRange(ex.Errors.Select(e => new RateScheduleProblem(name, e.Field ?? "$", ProblemOf(e.Message, name, e.Field))));
            }
        }

        if (files.Count == 0 && problems.Count == 0)
        {
            problems.Add(new("(folder)", "Billing:RateSchedulesPath", $"{folder} holds no *.json rate schedule"));
        }

        foreach (var clash in files.GroupBy(f => f.Schedule.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new(clash.Last().FileName, "code", $"{clash.Key} is also the code of {clash.First().FileName}; each schedule needs its own code"));
        }

        return problems.Count > 0 ? throw new InvalidRateScheduleFolderException(folder, problems) : files;
    }

    /// <summary>The reader writes "file: field: problem"; the problem alone is the part after both prefixes.</summary>
    private static string ProblemOf(string message, string file, string? field)
    {
        var prefix = $"{file}: {field}: ";
        if (message.StartsWith(prefix, StringComparison.Ordinal))
        {
            return message[prefix.Length..];
        }

        return message.StartsWith(file + ": ", StringComparison.Ordinal) ? message[(file.Length + 2)..] : message;
    }
}
