using System.Globalization;
using System.Numerics;
using GraphQLParser.AST;
using GraphQL.Types;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.GraphApi.Types.Scalars;

/// <summary>
/// Money and other exact amounts: written as a JSON number straight from the <see cref="decimal"/> (never through a
/// double), read from literals by their text so 0.1 stays 0.1.
/// </summary>
public sealed class DecimalScalar : ScalarGraphType
{
    public DecimalScalar()
    {
        Name = "Decimal";
        Description = "An exact decimal number, such as an amount of US dollars. Serialized as a JSON number.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        Money money => money.Amount,
        decimal d => d,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLIntValue i => decimal.Parse(i.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture),
        GraphQLFloatValue f => decimal.Parse(f.Value.Span, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        decimal d => d,
        int i => (decimal)i,
        long l => (decimal)l,
        BigInteger b => (decimal)b,
        double d => (decimal)d,
        _ => ThrowValueConversionError(value),
    };
}
