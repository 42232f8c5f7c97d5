using UtilityPortal.Domain.Data;
using UtilityPortal.GraphApi;
using UtilityPortal.GraphApi.Hosting;
using UtilityPortal.Portal.Infrastructure;
using UtilityPortal.Portal.Webhooks;

var builder = WebApplication.CreateBuilder(args);
builder.AddUtilitySite("Portal");
builder.AddPortalPages();
builder.Services.AddUtilityGraphApi();

var app = builder.Build();

// `migrate` and `seed --accounts N` run once and exit: production applies migrations on purpose, never on start.
if (DatabaseInitializer.IsMaintenanceCommand(args))
{
    return await app.Services.RunMaintenanceCommandAsync(args, app.Environment, app.Configuration);
}

await app.Services.InitializeUtilityDatabaseAsync(app.Environment, app.Configuration);

app.UseUtilitySite();
app.MapRazorPages();
app.MapUtilityGraphApi();
app.MapTwilioWebhooks();
app.MapStripeWebhooks();
await app.RunAsync();
return 0;
