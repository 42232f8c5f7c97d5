namespace UtilityPortal.GraphApi.Tests.Infrastructure;

public static class ContactInputs
{
    public const string Mutation = """
        mutation($input: UpdateContactDetailsInput!) {
          updateContactDetails(input: $input) {
            changedFields
            customer { email mobilePhone preferredLanguage mailingAddress { line1 city state zip } smsConsent { given source recordedAt } }
          }
        }
        """;

    public static Dictionary<string, object?> Valid(string accountNumber, string email = "new.address@example.com") => new()
    {
        ["accountNumber"] = accountNumber,
        ["email"] = email,
        ["mailingAddress"] = new Dictionary<string, object?> { ["line1"] = "742 Evergreen Ter", ["city"] = "Fort Lauderdale", ["state"] = "FL", ["zip"] = "33301" },
        ["homePhone"] = "(305) 555-0123",
        ["mobilePhone"] = "561 555 0199",
        ["preferredLanguage"] = "es",
        ["smsConsent"] = true,
    };
}
