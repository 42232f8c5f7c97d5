using System.Globalization;
using GraphQLParser.AST;
using GraphQL.Types;

namespace UtilityPortal.GraphApi.Types.Scalars;

/// <summary>An instant with its UTC offset, ISO 8601 (2026-03-31T14:05:00.0000000+00:00): when something was posted or recorded.</summary>
public sealed class DateTimeScalar : ScalarGraphType
{
    public DateTimeScalar()
    {
        Name = "DateTime";
        Description = "An instant in ISO 8601 form with its UTC offset.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => (object?)Parse((string)s.Value) ?? ThrowLiteralConversionError(value),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d,
        string s => (object?)Parse(s) ?? ThrowValueConversionError(value),
        _ => ThrowValueConversionError(value),
    };

    private static DateTimeOffset? Parse(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant) ? instant : null;
}
