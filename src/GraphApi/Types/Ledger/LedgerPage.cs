using System.Text;
using GraphQL.Types.Relay.DataObjects;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.GraphApi.Types.Ledger;

/// <summary>Pages an account's journal newest first, with opaque cursors naming the entry.</summary>
public static class LedgerPage
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;
    private const string Prefix = "ledger:";

    /// <param name="rows">The journal oldest first, as <see cref="LedgerReader"/> reads it.</param>
    public static Connection<LedgerRow> Of(IReadOnlyList<LedgerRow> rows, int? first, string? after)
    {
        var size = first ?? DefaultSize;
        if (size is < 0 or > MaxSize)
        {
            throw new DomainException(ErrorCodes.Invalid, $"Ask for 0 to {MaxSize} entries at a time.", "first");
        }

        var newestFirst = rows.Reverse().ToList();
        var start = 0;
        if (after is not null)
        {
            var id = Decode(after);
            var index = id is null ? -1 : newestFirst.FindIndex(r => r.Id == id);
            if (index < 0)
            {
                throw new DomainException(ErrorCodes.Invalid, "That cursor does not belong to this ledger.", "after");
            }

            start = index + 1;
        }

        var edges = newestFirst.Skip(start).Take(size).Select(r => new Edge<LedgerRow> { Cursor = Encode(r.Id), Node = r }).ToList();
        return new Connection<LedgerRow>
        {
            Edges = edges,
            TotalCount = rows.Count,
            PageInfo = new PageInfo
            {
                HasPreviousPage = start > 0,
                HasNextPage = start + edges.Count < newestFirst.Count,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    public static string Encode(Guid id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + id.ToString("N")));

    private static Guid? Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal) && Guid.TryParseExact(text[Prefix.Length..], "N", out var id) ? id : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
