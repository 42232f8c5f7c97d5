using UtilityPortal.Domain.Data;
using UtilityPortal.GraphApi;
using UtilityPortal.GraphApi.Hosting;
using UtilityPortal.Portal.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddUtilitySite("Portal");
builder.AddPortalPages();
builder.Services.AddUtilityGraphApi();

var app = builder.Build();
await app.Services.InitializeUtilityDatabaseAsync(app.Environment, app.Configuration);

app.UseUtilitySite();
app.MapRazorPages();
app.MapUtilityGraphApi();
await app.RunAsync();
