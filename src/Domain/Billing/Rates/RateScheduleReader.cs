using System.Globalization;
using System.Text.Json;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Billing.Rates;

/// <summary>
/// Reads a rate schedule document exactly as shared/rates/README.md defines it, collecting every problem with the
/// path of the field it concerns ("water.consumption.residential.tiers[2].upToGallons: ..."). Unknown extra fields
/// are allowed (the format may grow); a known field is never read differently.
/// </summary>
public static class RateScheduleReader
{
    private static readonly Dictionary<string, PremiseClass> Classes = new(StringComparer.Ordinal)
    {
        ["residential"] = PremiseClass.Residential,
        ["commercial"] = PremiseClass.Commercial,
        ["irrigation"] = PremiseClass.Irrigation,
    };

    /// <summary>Parses and validates; throws <see cref="DomainException"/> listing every problem (Field = JSON path).</summary>
    public static RateSchedule Read(string json, string source = "schedule")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            throw new DomainException(ErrorCodes.Invalid, $"{source}: not valid JSON ({ex.Message})", "$");
        }

        using (document)
        {
            var reader = new Reader(source);
            var schedule = reader.Schedule(document.RootElement);
            if (reader.Errors.Count > 0)
            {
                throw new DomainException(reader.Errors);
            }

            return schedule!;
        }
    }

    private sealed class Reader(string source)
    {
        public List<DomainError> Errors { get; } = [];

        public RateSchedule? Schedule(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Fail("$", "the document must be a JSON object");
                return null;
            }

            var code = Text(root, "code", required: true);
            var name = Text(root, "name", required: false);
            var effective = Date(root, "effectiveFrom");
            var multiplier = Multiplier(root, "outsideCityMultiplier", "outsideCityMultiplier");

            var water = Object(root, "water", "water");
            var waterBase = SizeTable(water, "baseChargeByMeterSize", "water.baseChargeByMeterSize");
            var consumption = new Dictionary<PremiseClass, ConsumptionTable>();
            var consumptionElement = Object(water, "consumption", "water.consumption");
            if (consumptionElement is { } c)
            {
                foreach (var property in c.EnumerateObject())
                {
                    var path = $"water.consumption.{property.Name}";
                    if (!Classes.TryGetValue(property.Name, out var premiseClass))
                    {
                        Fail(path, $"unknown customer class; expected one of {string.Join(", ", Classes.Keys)}");
                        continue;
                    }

                    consumption[premiseClass] = Consumption(property.Value, path);
                }

                foreach (var (label, premiseClass) in Classes)
                {
                    if (!consumption.ContainsKey(premiseClass) && !c.TryGetProperty(label, out _))
                    {
                        Fail($"water.consumption.{label}", "is missing");
                    }
                }
            }

            var sewer = Object(root, "sewer", "sewer");
            var sewerBase = SizeTable(sewer, "baseChargeByMeterSize", "sewer.baseChargeByMeterSize");
            var sewerRate = Amount(sewer, "ratePerThousand", "sewer.ratePerThousand");
            var sewerCap = Gallons(sewer, "residentialCapGallonsPerUnit", "sewer.residentialCapGallonsPerUnit");

            var storm = Object(root, "stormwater", "stormwater");
            var perEru = Amount(storm, "monthlyPerEru", "stormwater.monthlyPerEru");
            var sqFtPerEru = Amount(storm, "nonResidentialSqFtPerEru", "stormwater.nonResidentialSqFtPerEru");
            if (storm is not null && sqFtPerEru == 0)
            {
                Fail("stormwater.nonResidentialSqFtPerEru", "must be more than zero");
            }

            var refuse = Object(root, "refuse", "refuse");
            var reuse = Object(root, "reuse", "reuse");
            var fees = AmountTable(Object(root, "fees", "fees"), "fees");
            var deposits = Deposits(Object(root, "deposits", "deposits"));
            var connection = root.TryGetProperty("connection", out var conn) ? Connection(conn) : null;

            if (Errors.Count > 0)
            {
                return null;
            }

            return new RateSchedule(
                code!,
                name,
                effective,
                multiplier,
                new WaterRates(waterBase, consumption),
                new SewerRates(sewerBase, sewerRate, sewerCap),
                new StormwaterRates(perEru, sqFtPerEru),
                new RefuseRates(Amount(refuse, "residentialPerUnit", "refuse.residentialPerUnit"), Amount(refuse, "commercialPerContainer", "refuse.commercialPerContainer")),
                new ReuseRates(Amount(reuse, "ratePerThousand", "reuse.ratePerThousand"), Amount(reuse, "minimumMonthly", "reuse.minimumMonthly")),
                fees,
                deposits,
                connection);
        }

        private ConsumptionTable Consumption(JsonElement element, string path)
        {
            var scale = false;
            if (element.TryGetProperty("tiersScaleWithDwellingUnits", out var s))
            {
                if (s.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    scale = s.GetBoolean();
                }
                else
                {
                    Fail(path + ".tiersScaleWithDwellingUnits", "must be true or false");
                }
            }

            var tiers = new List<Tier>();
            if (!element.TryGetProperty("tiers", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
            {
                Fail(path + ".tiers", "must be a non-empty list of tiers");
                return new ConsumptionTable(scale, tiers);
            }

            long? previous = 0;
            var index = 0;
            foreach (var tier in array.EnumerateArray())
            {
                var tierPath = $"{path}.tiers[{index}]";
                long? upTo = null;
                if (!tier.TryGetProperty("upToGallons", out var bound))
                {
                    Fail(tierPath + ".upToGallons", "is missing (use null for the last, unbounded tier)");
                }
                else if (bound.ValueKind != JsonValueKind.Null)
                {
                    upTo = bound.ValueKind == JsonValueKind.Number && bound.TryGetInt64(out var g) ? g : null;
                    if (upTo is null)
                    {
                        Fail(tierPath + ".upToGallons", "must be a whole number of gallons or null");
                    }
                    else if (previous is null || upTo <= previous)
                    {
                        Fail(tierPath + ".upToGallons", $"tiers must be in increasing order: {upTo} is not above the previous bound {previous?.ToString(CultureInfo.InvariantCulture) ?? "(unbounded)"}");
                    }
                }

                if (upTo is null && index < array.GetArrayLength() - 1 && tier.TryGetProperty("upToGallons", out _))
                {
                    Fail(tierPath + ".upToGallons", "only the last tier can be unbounded (null)");
                }

                var rate = Amount(tier, "ratePerThousand", tierPath + ".ratePerThousand");
                tiers.Add(new Tier(upTo, rate));
                previous = upTo ?? previous;
                index++;
            }

            if (tiers.Count > 0 && tiers[^1].UpToGallons is not null)
            {
                Fail($"{path}.tiers[{tiers.Count - 1}].upToGallons", "the last tier must be unbounded (null) so every gallon has a rate");
            }

            return new ConsumptionTable(scale, tiers);
        }

        private Dictionary<PremiseClass, IReadOnlyDictionary<string, decimal>> Deposits(JsonElement? element)
        {
            var result = new Dictionary<PremiseClass, IReadOnlyDictionary<string, decimal>>();
            if (element is not { } e)
            {
                return result;
            }

            foreach (var property in e.EnumerateObject())
            {
                var path = $"deposits.{property.Name}";
                const string suffix = "ByMeterSize";
                var label = property.Name.EndsWith(suffix, StringComparison.Ordinal) ? property.Name[..^suffix.Length] : string.Empty;
                if (!Classes.TryGetValue(label, out var premiseClass))
                {
                    Fail(path, "expected <class>ByMeterSize, e.g. residentialByMeterSize");
                    continue;
                }

                result[premiseClass] = SizeTable(e, property.Name, path);
            }

            return result;
        }

        private ConnectionCharges? Connection(JsonElement e)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                Fail("connection", "must be an object");
                return null;
            }

            var perDay = Amount(e, "gallonsPerDayPerErc", "connection.gallonsPerDayPerErc");
            if (perDay == 0)
            {
                Fail("connection.gallonsPerDayPerErc", "must be more than zero");
            }

            return new ConnectionCharges(
                Amount(e, "waterCapitalFacilityPerErc", "connection.waterCapitalFacilityPerErc"),
                Amount(e, "sewerCapitalFacilityPerErc", "connection.sewerCapitalFacilityPerErc"),
                perDay,
                SizeTable(e, "ercByMeterSize", "connection.ercByMeterSize"),
                SizeTable(e, "meterInstallationByMeterSize", "connection.meterInstallationByMeterSize", required: false),
                Multiplier(e, "outsideCityMultiplier", "connection.outsideCityMultiplier"));
        }

        private Dictionary<string, decimal> SizeTable(JsonElement? parent, string name, string path, bool required = true)
        {
            var table = AmountTable(Child(parent, name, path, required), path);
            foreach (var size in table.Keys.Where(size => !MeterSize.Standard.Contains(size)).ToList())
            {
                Fail($"{path}.{size}", $"unknown meter size; sizes are {string.Join(", ", MeterSize.Standard)}");
                table.Remove(size);
            }

            return table;
        }

        private Dictionary<string, decimal> AmountTable(JsonElement? element, string path)
        {
            var table = new Dictionary<string, decimal>(StringComparer.Ordinal);
            if (element is not { } e)
            {
                return table;
            }

            if (e.ValueKind != JsonValueKind.Object)
            {
                Fail(path, "must be an object of name: amount");
                return table;
            }

            foreach (var property in e.EnumerateObject())
            {
                table[property.Name] = Amount(e, property.Name, $"{path}.{property.Name}");
            }

            return table;
        }

        private JsonElement? Object(JsonElement? parent, string name, string path) => Child(parent, name, path, required: true);

        private JsonElement? Child(JsonElement? parent, string name, string path, bool required)
        {
            if (parent is not { } p)
            {
                return null;
            }

            if (!p.TryGetProperty(name, out var child))
            {
                if (required)
                {
                    Fail(path, "is missing");
                }

                return null;
            }

            if (child.ValueKind != JsonValueKind.Object)
            {
                Fail(path, "must be an object");
                return null;
            }

            return child;
        }

        private decimal Amount(JsonElement? parent, string name, string path)
        {
            if (parent is not { } p)
            {
                return 0m;
            }

            if (!p.TryGetProperty(name, out var value))
            {
                Fail(path, "is missing");
                return 0m;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var amount))
            {
                Fail(path, "must be a number");
                return 0m;
            }

            if (amount < 0)
            {
                Fail(path, $"cannot be negative ({amount.ToString(CultureInfo.InvariantCulture)})");
                return 0m;
            }

            return amount;
        }

        private long Gallons(JsonElement? parent, string name, string path)
        {
            var amount = Amount(parent, name, path);
            if (amount != decimal.Truncate(amount))
            {
                Fail(path, "must be a whole number of gallons");
            }

            return (long)amount;
        }

        private decimal Multiplier(JsonElement? parent, string name, string path)
        {
            var value = Amount(parent, name, path);
            if (parent is not null && value < 1m)
            {
                Fail(path, "must be at least 1 (a surcharge, not a discount)");
            }

            return value;
        }

        private string? Text(JsonElement parent, string name, bool required)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Fail(name, "is missing");
                }

                return null;
            }

            var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (string.IsNullOrWhiteSpace(text) || text.Length > 40 && name == "code")
            {
                Fail(name, name == "code" ? "must be a short text such as FY2026" : "must be text");
            }

            return text;
        }

        private DateOnly Date(JsonElement parent, string name)
        {
            if (parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Fail(name, "must be an ISO date such as 2025-10-01");
            return default;
        }

        private void Fail(string path, string problem) =>
            Errors.Add(new DomainError(ErrorCodes.Invalid, $"{source}: {path}: {problem}", path));
    }
}
