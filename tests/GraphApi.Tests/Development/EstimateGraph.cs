using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Development;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Development;

/// <summary>Shared pieces of the estimate API tests: the demo contractor, and use cases run as a given actor.</summary>
internal static class EstimateGraph
{
    public const string Contractor = "contractor@example.com";

    public const string Fields = "id reference status versions { version total fees lines { description amount reason } } extraLines { description amount reason } accountNumber feesDue agreementNumber";

    public static readonly Actor SpecialistTwo = new("staff-2", "Marcus Bell", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistII });

    public static async Task<Actor> ContractorActorAsync(IApiSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var id = await db.Users.Where(u => u.Email == Contractor).Select(u => u.Id).SingleAsync();
        return new Actor(id, Contractor, false, new HashSet<string>(StringComparer.Ordinal) { PublicRoles.Contractor });
    }

    public static async Task<T> RunAsync<TUseCase, T>(IApiSite site, Func<TUseCase, Task<T>> work)
        where TUseCase : notnull
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    public static RequestEstimateInput NewParcel(string parcel = "01-4103-200-0010") =>
        new(parcel, new AddressInput { Line1 = "9 Heron Court", City = "Palm Harbor City", State = "FL", Zip = "33410" }, "3/4", RequestedServices.Water | RequestedServices.Sewer,
            PremiseClass.Residential, null, true, null);
}
