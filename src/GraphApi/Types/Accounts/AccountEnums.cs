using GraphQL.Types;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.GraphApi.Types.Accounts;

public sealed class AccountStatusType : EnumerationGraphType<AccountStatus>
{
    public AccountStatusType() => Description = "Where an account is in its life: pending, active, final-billed or closed.";
}

public sealed class AccountRoleType : EnumerationGraphType<AccountRole>
{
    public AccountRoleType() => Description = "Whether the account holder owns the premise or rents it.";
}

public sealed class CustomerKindType : EnumerationGraphType<CustomerKind>
{
}

public sealed class PremiseClassType : EnumerationGraphType<PremiseClass>
{
}

public sealed class InteractionChannelType : EnumerationGraphType<InteractionChannel>
{
}

/// <summary>One service an account subscribes to; the Domain keeps them as flags, the API lists them.</summary>
public sealed class UtilityServiceType : EnumerationGraphType
{
    public UtilityServiceType()
    {
        Name = "UtilityService";
        foreach (var service in Each)
        {
            Add(service.ToString().ToUpperInvariant(), service);
        }
    }

    public static IReadOnlyList<UtilityServices> Each { get; } =
        Enum.GetValues<UtilityServices>().Where(s => s != UtilityServices.None).ToList();

    public static IEnumerable<UtilityServices> Split(UtilityServices services) => Each.Where(s => services.HasFlag(s));
}
