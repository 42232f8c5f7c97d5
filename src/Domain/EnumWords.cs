using System.Text;

namespace UtilityPortal.Domain;

/// <summary>
/// An enum value in English words ("FinalBilled" reads "Final billed"): what the sites show, and the key its Spanish
/// translation is found by.
/// </summary>
public static class EnumWords
{
    public static string Of<T>(T value)
        where T : struct, Enum => Of(value.ToString());

    public static string Of(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
