using System.Text.Json.Nodes;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Billing;

public sealed class ScheduleValidation
{
    private static DomainException Reject(Action<JsonObject> breakIt)
    {
        var json = JsonNode.Parse(Schedules.Json("demo-fy2026.json"))!.AsObject();
        breakIt(json);
        return Should.Throw<DomainException>(() => RateScheduleReader.Read(json.ToJsonString(), "broken.json"));
    }

    private static JsonArray ResidentialTiers(JsonObject json) => json["water"]!["consumption"]!["residential"]!["tiers"]!.AsArray();

    [Fact]
    public void TheShippedSchedulesAreValid()
    {
        Schedules.Fy2026.Code.ShouldBe("FY2026");
        Schedules.Fy2026.EffectiveFrom.ShouldBe(new DateOnly(2025, 10, 1));
        Schedules.Fy2026.Water.Consumption[UtilityPortal.Domain.Accounts.PremiseClass.Residential].Tiers.Count.ShouldBe(4);
        Schedules.Fy2025.Code.ShouldBe("FY2025");
    }

    [Fact]
    public void UnsortedTiersNameTheTierAndBothBounds()
    {
        var error = Reject(json => ResidentialTiers(json)[1]!["upToGallons"] = 5000);

        error.Errors.ShouldContain(e => e.Field == "water.consumption.residential.tiers[1].upToGallons" && e.Message.Contains("increasing", StringComparison.Ordinal));
        error.Message.ShouldStartWith("broken.json: ");
    }

    [Fact]
    public void MissingTiersAreRejected()
    {
        var error = Reject(json => json["water"]!["consumption"]!["irrigation"]!.AsObject().Remove("tiers"));

        error.Errors.ShouldContain(e => e.Field == "water.consumption.irrigation.tiers");
    }

    [Fact]
    public void ALastTierWithABoundIsRejected()
    {
        var error = Reject(json => ResidentialTiers(json)[3]!["upToGallons"] = 90000);

        error.Errors.ShouldContain(e => e.Field == "water.consumption.residential.tiers[3].upToGallons" && e.Message.Contains("unbounded", StringComparison.Ordinal));
    }

    [Fact]
    public void NegativeRatesAreRejected()
    {
        var error = Reject(json => json["sewer"]!["ratePerThousand"] = -1.5m);

        error.Errors.Single().Field.ShouldBe("sewer.ratePerThousand");
        error.Errors.Single().Message.ShouldContain("negative");
    }

    [Fact]
    public void UnknownMeterSizesAreRejected()
    {
        var error = Reject(json => json["water"]!["baseChargeByMeterSize"]!["7/8"] = 20m);

        error.Errors.Single().Field.ShouldBe("water.baseChargeByMeterSize.7/8");
    }

    [Fact]
    public void AMissingSectionAndABadDateAreBothReported()
    {
        var error = Reject(json =>
        {
            json.Remove("refuse");
            json["effectiveFrom"] = "October 1";
        });

        error.Errors.Select(e => e.Field).ShouldBe(["effectiveFrom", "refuse"], ignoreOrder: true);
    }

    [Fact]
    public void ExtraFieldsAreAllowed()
    {
        var json = JsonNode.Parse(Schedules.Json("demo-fy2026.json"))!.AsObject();
        json["adoptedByResolution"] = "2025-114";

        RateScheduleReader.Read(json.ToJsonString()).Code.ShouldBe("FY2026");
    }

    [Fact]
    public void NotJsonIsReportedPlainly()
    {
        var error = Should.Throw<DomainException>(() => RateScheduleReader.Read("{ nope", "x.json"));

        error.Message.ShouldStartWith("x.json: not valid JSON");
    }
}
