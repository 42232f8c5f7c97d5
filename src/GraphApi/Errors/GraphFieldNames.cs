namespace UtilityPortal.GraphApi.Errors;

/// <summary>The Domain names input fields as C# does (MailingAddress.Zip); GraphQL clients know them in camel case (mailingAddress.zip).</summary>
public static class GraphFieldNames
{
    public static string FromDomain(string domainField) =>
        string.Join('.', domainField.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
