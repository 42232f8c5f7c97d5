using System.Net;

namespace UtilityPortal.BackOffice.Tests;

/// <summary>An address naming a record that is not there (mistyped, or deleted) is the 404 page, never an error page.</summary>
public sealed class UnknownRecordsTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private const string Nobody = "9999999999";
    private const string Nothing = "00000000-0000-0000-0000-0000000000aa";

    [Theory]
    [InlineData(Staff.Supervisor, $"/Accounts/{Nobody}")]
    [InlineData(Staff.Supervisor, $"/Accounts/{Nobody}/Autopay")]
    [InlineData(Staff.Supervisor, $"/Accounts/{Nobody}/Bill")]
    [InlineData(Staff.Supervisor, $"/Accounts/{Nobody}/Billing")]
    [InlineData(Staff.Supervisor, $"/Accounts/{Nobody}/Bills")]
    [InlineData(Staff.Supervisor, $"/Accounts/{Nobody}/Bills/{Nothing}")]
    [InlineData(Staff.Supervisor, $"/Accounts/{Nobody}/Contact")]
    [InlineData(Staff.Supervisor, $"/Accounts/{Nobody}/Deposit")]
    [InlineData(Staff.Supervisor, $"/Accounts/{Nobody}/Paperless")]
    [InlineData(Staff.Supervisor, $"/Accounts/{Nobody}/Payments")]
    [InlineData(Staff.Supervisor, $"/Accounts/{Nobody}/Requests")]
    [InlineData(Staff.Supervisor, $"/Adjustments/{Nothing}")]
    [InlineData(Staff.Supervisor, $"/Adjustments/Files/{Nothing}")]
    [InlineData(Staff.Administrator, "/Admin/Users/no-such-user")]
    [InlineData(Staff.Supervisor, $"/Agreements/{Nothing}")]
    [InlineData(Staff.Supervisor, $"/Agreements/{Nothing}/Print")]
    [InlineData(Staff.Supervisor, $"/Billing/Runs/{Nothing}")]
    [InlineData(Staff.Supervisor, $"/Billing/Runs/{Nothing}/Exceptions")]
    [InlineData(Staff.Supervisor, "/Billing/Schedules/NOPE/1")]
    [InlineData(Staff.Supervisor, $"/Collections/Accounts/{Nobody}")]
    [InlineData(Staff.Supervisor, $"/Estimates/{Nothing}")]
    [InlineData(Staff.Supervisor, $"/Estimates/{Nothing}/Print")]
    [InlineData(Staff.Supervisor, $"/Messages/{Nothing}")]
    [InlineData(Staff.Supervisor, $"/Meters/Imports/{Nothing}")]
    [InlineData(Staff.Supervisor, $"/Meters/Preview/{Nothing}")]
    [InlineData(Staff.Supervisor, $"/Payments/Batches/{Nothing}")]
    [InlineData(Staff.Supervisor, $"/Payments/Counter/Payment/{Nothing}")]
    [InlineData(Staff.Supervisor, $"/Payments/Counter/Receipt/{Nothing}")]
    [InlineData(Staff.Supervisor, $"/Payments/Lockbox/Batches/{Nothing}")]
    [InlineData(Staff.Supervisor, $"/Payments/Lockbox/Preview/{Nothing}")]
    [InlineData(Staff.Supervisor, "/Payments/Receipt/R-NOPE")]
    [InlineData(Staff.Supervisor, $"/Payments/Suspense/{Nothing}")]
    [InlineData(Staff.Supervisor, "/ServiceRequests/SR-NOPE")]
    [InlineData(Staff.Supervisor, $"/WorkOrders/{Nothing}")]
    public async Task IsNotFound(string staff, string address)
    {
        using var browser = factory.CreateBrowser();
        using var signedIn = await browser.SignInAsync(staff);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"signing in {staff} failed");

        using var response = await browser.GetAsync(address);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, address);
        (await response.TextAsync()).ShouldContain("Page not found");
    }
}
