namespace UtilityPortal.Domain.Accounts;

/// <summary>
/// One normalized word an account can be found by (number, name part, address, parcel, phone digits, e-mail).
/// A single indexed prefix lookup over these rows answers every kind of search the same way on every provider.
/// </summary>
public sealed class AccountSearchTerm
{
    private AccountSearchTerm()
    {
        Term = string.Empty;
    }

    public AccountSearchTerm(Guid serviceAccountId, string term)
    {
        ServiceAccountId = serviceAccountId;
        Term = term;
    }

    public long Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    public string Term { get; private set; }
}
