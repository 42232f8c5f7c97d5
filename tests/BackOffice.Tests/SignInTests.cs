using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.BackOffice.Pages.Account;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Tests;

public sealed class SignInTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task StaffSignInOpensTheAccountSearch()
    {
        using var browser = factory.CreateBrowser();

        using var signIn = await browser.SignInAsync(Staff.SpecialistI);

        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.Location!.OriginalString.ShouldBe("/");
        using var search = await browser.GetAsync("/Accounts");
        search.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await search.TextAsync()).ShouldContain("Find an account");
    }

    [Fact]
    public async Task SignedOutVisitorIsSentToSignIn()
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync("/Accounts");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/Account/Login?ReturnUrl=%2FAccounts");
    }

    [Fact]
    public async Task ResidentCannotSignInHereAndGetsTheSameAnswerAsAnUnknownEmail()
    {
        using var browser = factory.CreateBrowser();

        using var resident = await browser.SignInAsync(Staff.Resident);
        using var unknown = await browser.SignInAsync("nobody-" + Guid.NewGuid().ToString("N") + "@example.com");

        resident.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await resident.TextAsync()).ShouldContain(LoginModel.FailureMessage);
        (await unknown.TextAsync()).ShouldContain(LoginModel.FailureMessage);
        using var search = await browser.GetAsync("/Accounts");
        search.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task FiveFailedSignInsLockTheAccountEvenForTheRightPassword()
    {
        var email = await Staff.CreateAsync(factory.Services, StaffRoles.SpecialistII);
        using var browser = factory.CreateBrowser();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await browser.SignInAsync(email, "Wrong-password-1");
            (await wrong.TextAsync()).ShouldContain(LoginModel.FailureMessage);
        }

        using var right = await browser.SignInAsync(email, Staff.Password);

        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await right.TextAsync()).ShouldContain(LoginModel.FailureMessage);
        var user = await Staff.FindAsync(factory.Services, email);
        user.LockoutEnd.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task SignOutIsAPostThatEndsTheSession()
    {
        using var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.SpecialistI)).Dispose();

        using var signOut = await browser.PostFormAsync("/Account/Logout", new Dictionary<string, string>());

        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var search = await browser.GetAsync("/Accounts");
        search.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ChangingThePasswordEndsOtherSessionsButKeepsThisOne()
    {
        var email = await Staff.CreateAsync(factory.Services, StaffRoles.SpecialistI);
        using var desk = factory.CreateBrowser();
        using var laptop = factory.CreateBrowser();
        (await desk.SignInAsync(email, Staff.Password)).Dispose();
        (await laptop.SignInAsync(email, Staff.Password)).Dispose();

        using var change = await desk.PostFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = Staff.Password,
            ["Input.NewPassword"] = "Another-pass-2026",
            ["Input.ConfirmPassword"] = "Another-pass-2026",
        });

        change.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var deskPage = await desk.GetAsync("/Accounts");
        deskPage.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var laptopPage = await laptop.GetAsync("/Accounts");
        laptopPage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        laptopPage.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task ForgotPasswordMailsAResetLinkThatWorksAndAnswersAlikeForUnknownAddresses()
    {
        var email = await Staff.CreateAsync(factory.Services, StaffRoles.SpecialistIII);
        using var browser = factory.CreateBrowser();

        using var known = await browser.PostFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email });
        using var unknown = await browser.PostFormAsync("/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.Email"] = "nobody-" + Guid.NewGuid().ToString("N") + "@example.com" });

        known.Headers.Location!.OriginalString.ShouldBe(unknown.Headers.Location!.OriginalString);
        var mails = Domain.Notifications.PickupFolder.ReadAll(factory.MailFolder);
        var mail = mails.ShouldHaveSingleItem();
        mail.To.ShouldBe(email);
        var link = System.Text.RegularExpressions.Regex.Match(mail.Body, @"http://localhost(/Account/ResetPassword\?code=\S+)").Groups[1].Value;
        link.ShouldNotBeEmpty();

        using var reset = await browser.PostFormAsync(link, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "Brand-new-pass-2026",
            ["Input.ConfirmPassword"] = "Brand-new-pass-2026",
            ["Input.Code"] = Uri.UnescapeDataString(link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..]),
        });
        reset.Headers.Location!.OriginalString.ShouldContain("/Account/Login?reset=");
        using var signIn = await browser.SignInAsync(email, "Brand-new-pass-2026");
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
