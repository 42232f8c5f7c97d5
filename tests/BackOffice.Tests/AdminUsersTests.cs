using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Tests;

public sealed class AdminUsersTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task SpecialistCannotOpenTheAdminPages()
    {
        using var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.SpecialistI)).Dispose();

        using var response = await browser.GetAsync("/Admin/Users");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.ShouldContain("/Account/AccessDenied");
        using var denied = await browser.GetAsync(location);
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await denied.TextAsync()).ShouldContain("Access denied");
        (await (await browser.GetAsync("/")).TextAsync()).ShouldNotContain("href=\"/Admin/Users\"");
    }

    [Fact]
    public async Task AdministratorSeesStaffUsersWithTheirRoles()
    {
        using var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.Administrator)).Dispose();

        using var response = await browser.GetAsync("/Admin/Users");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var table = Html.ElementText(await response.Content.ReadAsStringAsync(), "staff-users");
        table.ShouldContain(Staff.SpecialistI);
        table.ShouldContain("Specialist I");
        table.ShouldContain("Supervisor");
        table.ShouldNotContain(Staff.Resident);
    }

    [Fact]
    public async Task AdministratorCreatesAStaffUserWhoCanThenSignIn()
    {
        using var admin = factory.CreateBrowser();
        (await admin.SignInAsync(Staff.Administrator)).Dispose();
        var email = $"new.specialist.{Guid.NewGuid():N}@example.com";

        using var create = await admin.PostFormAsync("/Admin/Users/Create", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Nora Quintero",
            ["Input.Email"] = email,
            ["Input.Role"] = StaffRoles.SpecialistII,
        });

        create.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var userPage = await admin.GetAsync(create.Headers.Location!.OriginalString);
        var html = await userPage.Content.ReadAsStringAsync();
        var password = Html.ElementText(html, "temporary-password");
        Html.ElementText(html, "role").ShouldBe("Specialist II");
        using var again = await admin.GetAsync(create.Headers.Location!.OriginalString);
        (await again.Content.ReadAsStringAsync()).ShouldNotContain(password);

        using var newcomer = factory.CreateBrowser();
        using var signIn = await newcomer.SignInAsync(email, password);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await newcomer.GetAsync("/Accounts")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var user = await Staff.FindAsync(factory.Services, email);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == user.Id).ToListAsync());
        audit.ShouldContain(a => a.Action == "StaffUserCreated" && a.Actor == Staff.Administrator && a.After == StaffRoles.SpecialistII);
    }

    [Fact]
    public async Task InvalidNewUserGetsMessagesAndNothingIsCreated()
    {
        using var admin = factory.CreateBrowser();
        (await admin.SignInAsync(Staff.Administrator)).Dispose();

        using var create = await admin.PostFormAsync("/Admin/Users/Create", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = string.Empty,
            ["Input.Email"] = "not-an-email",
            ["Input.Role"] = "Emperor",
        });

        create.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await create.TextAsync();
        text.ShouldContain("Enter the person's name (up to 120 characters).");
        text.ShouldContain("Enter a valid e-mail address, for example name@example.com.");
        text.ShouldContain("Choose a staff role.");
        (await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "not-an-email"))).ShouldBe(0);
    }

    [Fact]
    public async Task AdministratorChangesARoleAndLocksAndUnlocksAUserAllAudited()
    {
        var email = await Staff.CreateAsync(factory.Services, StaffRoles.SpecialistI);
        var user = await Staff.FindAsync(factory.Services, email);
        using var admin = factory.CreateBrowser();
        (await admin.SignInAsync(Staff.Administrator)).Dispose();
        var page = $"/Admin/Users/{user.Id}";

        using var role = await admin.PostFormAsync(page, new Dictionary<string, string> { ["Role"] = StaffRoles.Supervisor }, page + "?handler=Role");
        role.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Html.ElementText(await (await admin.GetAsync(page)).Content.ReadAsStringAsync(), "role").ShouldBe("Supervisor");

        using var locked = await admin.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Lock");
        locked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using (var staff = factory.CreateBrowser())
        {
            (await staff.SignInAsync(email, Staff.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var unlocked = await admin.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Unlock");
        unlocked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using (var staff = factory.CreateBrowser())
        {
            (await staff.SignInAsync(email, Staff.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var actions = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityId == user.Id && a.Actor == Staff.Administrator).Select(a => a.Action).ToListAsync());
        actions.ShouldBe(["StaffRoleChanged", "StaffUserLocked", "StaffUserUnlocked"], ignoreOrder: true);
    }

    [Fact]
    public async Task AdministratorCannotLockThemself()
    {
        var admin = await Staff.FindAsync(factory.Services, Staff.Administrator);
        using var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.Administrator)).Dispose();
        var page = $"/Admin/Users/{admin.Id}";

        using var response = await browser.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Lock");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.TextAsync()).ShouldContain("You cannot lock your own account.");
        (await Staff.FindAsync(factory.Services, Staff.Administrator)).LockoutEnd.ShouldBeNull();
    }
}
