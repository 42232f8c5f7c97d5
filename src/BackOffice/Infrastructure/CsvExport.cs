using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.BackOffice.Infrastructure;

/// <summary>
/// The one way reports leave the BackOffice as CSV (RFC 4180): a header row, fields quoted when they hold a comma,
/// quote or line break, numbers and dates in the invariant culture whatever the staff member's language, CRLF line
/// ends, UTF-8 with a byte order mark so a spreadsheet reads accented names right. Text that a spreadsheet would run
/// as a formula (starting with = + - @, tab or carriage return) is prefixed with a single quote: a customer name is
/// data, never a formula. Numbers are written as numbers; a negative amount is not text and is left as it is.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    private const int RowsPerFlush = 500;

    /// <summary>A response that writes <paramref name="rows"/> as they are read, each through <paramref name="cells"/>.</summary>
    public static IActionResult File<T>(string fileName, IReadOnlyList<string> header, IAsyncEnumerable<T> rows, Func<T, IEnumerable<object?>> cells) =>
        new CsvResult<T>(fileName, header, rows, cells);

    public static IActionResult File<T>(string fileName, IReadOnlyList<string> header, IEnumerable<T> rows, Func<T, IEnumerable<object?>> cells) =>
        new CsvResult<T>(fileName, header, rows.ToAsyncEnumerable(), cells);

    /// <summary>One line of CSV for these cells, without the line end.</summary>
    public static string Row(IEnumerable<object?> cells) => string.Join(',', cells.Select(Field));

    /// <summary>One cell: formatted for any reader, guarded if it is text, quoted if it must be.</summary>
    public static string Field(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            string s => Guard(s),
            Money m => m.Amount.ToString("0.00", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset t => t.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            Enum e => e.ToString(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => Guard(value.ToString() ?? string.Empty),
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static string Guard(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private sealed class CsvResult<T>(string fileName, IReadOnlyList<string> header, IAsyncEnumerable<T> rows, Func<T, IEnumerable<object?>> cells)
        : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var response = context.HttpContext.Response;
            var ct = context.HttpContext.RequestAborted;
            response.ContentType = ContentType;
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName, FileNameStar = fileName }.ToString();
            response.Headers.CacheControl = "no-store";
            await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024);
            await writer.WriteAsync(Row(header));
            await writer.WriteAsync("\r\n");
            var written = 0;
            await foreach (var row in rows.WithCancellation(ct))
            {
                await writer.WriteAsync(Row(cells(row)));
                await writer.WriteAsync("\r\n");
                if (++written % RowsPerFlush == 0)
                {
                    await writer.FlushAsync(ct);
                }
            }
        }
    }
}
