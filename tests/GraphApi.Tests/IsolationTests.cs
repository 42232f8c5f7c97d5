using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests;

/// <summary>
/// Resident A cannot read or change resident B's account through any account-scoped part of the schema. The probes are
/// found by walking the schema, so a field added later is probed without anyone remembering to add it here.
/// </summary>
public sealed class IsolationTests(PortalApiFactory site) : IClassFixture<PortalApiFactory>
{
    private static readonly string UnknownAccount = AccountNumber.FromSequence(999_999_999).Value;

    [Fact]
    public async Task ResidentACannotReachResidentBsAccountThroughAnyAccountScopedField()
    {
        var aAccounts = await site.LinkedAccountNumbersAsync(People.DemoResident);
        var bAccount = (await site.AccountNumbersAsync()).First(n => !aAccounts.Contains(n));
        await site.CreateResidentAsync("resident.b@example.com", [bAccount]);
        var a = await site.SignedInAsync(People.DemoResident);
        var bTraces = await TracesOfAsync(bAccount);
        var schema = site.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var probes = Probes(schema).ToList();

        probes.Select(p => p.Name).ShouldContain("account.customer");
        probes.Select(p => p.Name).ShouldContain("account.ledger");
        probes.Select(p => p.Name).ShouldContain("updateContactDetails");
        probes.Select(p => p.Name).ShouldContain("addInteraction");

        foreach (var probe in probes)
        {
            var own = await a.PostGraphAsync(probe.Document, probe.Variables(aAccounts[0]));
            var other = await a.PostGraphAsync(probe.Document, probe.Variables(bAccount));
            var unknown = await a.PostGraphAsync(probe.Document, probe.Variables(UnknownAccount));

            if (probe.StaffOnly)
            {
                own.ErrorCodes.ShouldBe(["ACCESS_DENIED"], $"{probe.Name} is declared staff-only: {own}");
            }
            else if (own.ErrorCodes.Count == 0 || !own.ErrorCodes.All(code => code is "CONFLICT" or "INVALID"))
            {
                // (A CONFLICT, a rule about the account's state such as turning off autopay that is not on, or an INVALID
                // about the sample input, such as a leak adjustment without its bill, proves the account was reached too:
                // for B's account the same call must still answer NOT_FOUND, below.)
                own.ShouldSucceed();
                own.Data.GetProperty(probe.RootField).ValueKind.ShouldNotBe(JsonValueKind.Null, $"{probe.Name} should answer for A's own account: {own}");
            }

            other.ErrorCodes.ShouldNotBeEmpty($"{probe.Name} answered for B's account: {other}");
            other.ErrorCodes.ShouldAllBe(code => code == "NOT_FOUND" || code == "ACCESS_DENIED", $"{probe.Name}: {other}");
            (!other.HasData || other.Data.GetProperty(probe.RootField).ValueKind == JsonValueKind.Null).ShouldBeTrue($"{probe.Name} returned data for B's account: {other}");
            other.Body.ShouldBe(unknown.Body, $"{probe.Name} must answer for B's account exactly as for an account that does not exist");
        }

        (await TracesOfAsync(bAccount)).ShouldBe(bTraces, "A's attempts changed B's account");
        var mine = await a.PostGraphAsync("{ me { accounts { number } } }");
        mine.ShouldSucceed().Data.GetProperty("me").GetProperty("accounts").EnumerateArray().Select(x => x.GetProperty("number").GetString()).ShouldNotContain(bAccount);
    }

    /// <summary>One request that reaches an account by its number.</summary>
    private sealed record Probe(string Name, string RootField, string Document, Func<string, object> Variables, bool StaffOnly);

    /// <summary>
    /// Every root field that takes an account number (as an argument, or inside an input object) and, under each root
    /// field returning an account, every field of the account type.
    /// </summary>
    private static IEnumerable<Probe> Probes(ISchema schema)
    {
        foreach (var (operation, root) in new[] { ("query", schema.Query), ("mutation", schema.Mutation!) })
        {
            foreach (var field in root.Fields)
            {
                var returned = field.ResolvedType!.GetNamedType();
                var staffOnly = IsStaffOnly(field);
                var byNumber = field.Arguments?.FirstOrDefault(a => a.Name is "number" or "accountNumber");
                var byInput = field.Arguments?.FirstOrDefault(a => a.ResolvedType!.GetNamedType() is IInputObjectGraphType input && input.HasField("accountNumber"));
                if (byNumber is null && byInput is null)
                {
                    if (returned.Name == "Account")
                    {
                        // Accounts found some other way (search) must be for staff only; a resident is refused whatever they ask.
                        staffOnly.ShouldBeTrue($"{field.Name} returns accounts without taking an account number: teach this test to probe it");
                        var text = field.Arguments!.Single(a => a.ResolvedType is NonNullGraphType { ResolvedType: StringGraphType });
                        yield return new Probe(field.Name, field.Name, $"{operation}($n: String!) {{ {field.Name}({text.Name}: $n) {Selection(returned)} }}",
                            n => new Dictionary<string, object?> { ["n"] = n }, staffOnly);
                    }

                    continue;
                }

                if (byNumber is not null)
                {
                    var variables = (Func<string, object>)(n => new Dictionary<string, object?> { ["n"] = n });
                    var call = $"{field.Name}({string.Join(", ", [$"{byNumber.Name}: $n", .. OtherRequiredArguments(field, byNumber)])})";
                    yield return new Probe(field.Name, field.Name, $"{operation}($n: String!) {{ {call} {Selection(returned)} }}", variables, staffOnly);
                    if (returned is IObjectGraphType account)
                    {
                        foreach (var child in account.Fields)
                        {
                            (child.Arguments ?? []).Any(a => a.ResolvedType is NonNullGraphType).ShouldBeFalse($"{child.Name} has a required argument: teach this test to fill it");
                            yield return new Probe($"{field.Name}.{child.Name}", field.Name,
                                $"{operation}($n: String!) {{ {call} {{ {child.Name} {Selection(child.ResolvedType!.GetNamedType())} }} }}",
                                variables, staffOnly || IsStaffOnly(child));
                        }
                    }
                }
                else
                {
                    var inputType = (IInputObjectGraphType)byInput!.ResolvedType!.GetNamedType();
                    yield return new Probe(field.Name, field.Name,
                        $"{operation}($input: {byInput.ResolvedType}) {{ {field.Name}({byInput.Name}: $input) {Selection(returned)} }}",
                        n => new Dictionary<string, object?> { ["input"] = SampleInput(inputType, n) }, staffOnly);
                }
            }
        }
    }

    /// <summary>A literal for each other required argument (setPaperless's paperless flag), so the probe reaches the account.</summary>
    private static IEnumerable<string> OtherRequiredArguments(FieldType field, QueryArgument byNumber) =>
        field.Arguments!.Where(a => a != byNumber && a.ResolvedType is NonNullGraphType).Select(a => a.ResolvedType!.GetNamedType() switch
        {
            BooleanGraphType => $"{a.Name}: false",
            IntGraphType => $"{a.Name}: 1",
            _ => $"{a.Name}: \"probe\"",
        });

    private static string Selection(IGraphType type) => type is IComplexGraphType ? "{ __typename }" : string.Empty;

    /// <summary>Limited to roles, none of them the resident's (a field for staff and residents is probed as a resident's).</summary>
    private static bool IsStaffOnly(IFieldType field) => field.GetRoles() is { Count: > 0 } roles && !roles.Contains(PublicRoles.Resident);

    /// <summary>A valid value for each input field, so a probe fails for the account and not for its input.</summary>
    private static Dictionary<string, object?> SampleInput(IInputObjectGraphType type, string accountNumber)
    {
        var samples = new Dictionary<string, object?>
        {
            ["accountNumber"] = accountNumber, ["email"] = "probe@example.com", ["line1"] = "1 Probe St", ["city"] = "Miami",
            ["state"] = "FL", ["zip"] = "33101", ["preferredLanguage"] = "en", ["subject"] = "Probe", ["note"] = "Probe",
            ["successUrl"] = "/Payments/Done", ["cancelUrl"] = "/Payments/Pay",
        };
        var input = new Dictionary<string, object?>();
        foreach (var field in type.Fields)
        {
            var named = field.ResolvedType!.GetNamedType();
            if (samples.TryGetValue(field.Name, out var sample))
            {
                input[field.Name] = sample;
            }
            else if (field.ResolvedType is NonNullGraphType)
            {
                input[field.Name] = named switch
                {
                    IInputObjectGraphType nested => SampleInput(nested, accountNumber),
                    EnumerationGraphType e => e.Values.First().Name,
                    BooleanGraphType => false,
                    IntGraphType => 1,
                    _ => "probe",
                };
            }
        }

        return input;
    }

    /// <summary>What a change to an account would leave behind: audit rows for its customer, its interactions.</summary>
    private Task<string> TracesOfAsync(string accountNumber) => site.WithDbAsync(async db =>
    {
        var number = AccountNumber.Parse(accountNumber);
        var account = await db.ServiceAccounts.AsNoTracking().SingleAsync(a => a.Number == number);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == account.CustomerId);
        var audits = await db.AuditEntries.CountAsync(e => e.EntityId == customer.Id.ToString());
        var interactions = await db.Interactions.CountAsync(i => i.ServiceAccountId == account.Id);
        return $"{customer.Email}|{customer.MailingAddress}|{customer.MobilePhone}|{audits}|{interactions}";
    });
}
