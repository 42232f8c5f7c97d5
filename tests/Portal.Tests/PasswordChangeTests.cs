using System.Net;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests;

public sealed class PasswordChangeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string NewPassword = "Changed-pass-2026";

    [Fact]
    public async Task Changing_the_password_ends_the_other_session_and_keeps_this_one()
    {
        const string email = "two.devices@example.com";
        await factory.CreateUserAsync(email);
        var phone = await factory.SignedInBrowserAsync(email);
        var laptop = await factory.SignedInBrowserAsync(email);
        (await laptop.GetPageAsync("/Accounts")).Status.ShouldBe(HttpStatusCode.OK);

        using var changed = await phone.PostFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = HtmlForms.DemoPassword,
            ["Input.NewPassword"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });

        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Page.MainText((await phone.FollowAsync(changed)).Html).ShouldContain("Your password has been changed.");
        (await phone.GetPageAsync("/Accounts")).Status.ShouldBe(HttpStatusCode.OK, "the session that changed it stays signed in");
        using var other = await laptop.GetAsync("/Accounts");
        other.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the other session has ended");
        other.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
        (await factory.CreateBrowser().SignInAsync(email, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing()
    {
        const string email = "careful@example.com";
        await factory.CreateUserAsync(email);
        var browser = await factory.SignedInBrowserAsync(email);

        using var response = await browser.PostFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "Not-my-password-1",
            ["Input.NewPassword"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Page.Errors(await response.Content.ReadAsStringAsync()).ShouldBe(["That is not your current password."]);
        (await factory.CreateBrowser().SignInAsync(email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
