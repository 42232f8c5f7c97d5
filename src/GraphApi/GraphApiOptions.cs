namespace UtilityPortal.GraphApi;

/// <summary>The limits every GraphQL request runs under (configuration section "GraphApi").</summary>
public sealed class GraphApiOptions
{
    public const string Section = "GraphApi";

    /// <summary>The deepest selection allowed; the deepest useful one (account, ledger, edges, node, field) is 5.</summary>
    public int MaxDepth { get; set; } = 10;

    /// <summary>
    /// The largest estimated cost allowed: each field costs 1 and a list multiplies its children by its "first"
    /// argument, or by 20 when it has none.
    /// </summary>
    public int MaxComplexity { get; set; } = 5000;

    /// <summary>How long one request may execute before it is cancelled with a timeout error.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
