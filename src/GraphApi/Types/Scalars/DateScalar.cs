using System.Globalization;
using GraphQLParser.AST;
using GraphQL.Types;

namespace UtilityPortal.GraphApi.Types.Scalars;

/// <summary>A calendar day without a time or zone, ISO 8601 (2026-03-31): due dates, effective dates, install dates.</summary>
public sealed class DateScalar : ScalarGraphType
{
    private const string Format = "yyyy-MM-dd";

    public DateScalar()
    {
        Name = "Date";
        Description = "A calendar date in ISO 8601 form, yyyy-MM-dd.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString(Format, CultureInfo.InvariantCulture),
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
        DateOnly d => d,
        string s => (object?)Parse(s) ?? ThrowValueConversionError(value),
        _ => ThrowValueConversionError(value),
    };

    private static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
