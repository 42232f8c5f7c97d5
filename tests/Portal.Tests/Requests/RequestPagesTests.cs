using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Service;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests.Requests;

/// <summary>A resident reports a leak with a photo, follows it, and sees their own requests only; bad input is refused next to its field.</summary>
public sealed class RequestPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task A_leak_with_a_photo_goes_to_dispatch_at_once_and_the_resident_follows_it()
    {
        var (browser, number) = await ResidentWithAccountAsync("leak.photo@example.com");
        var (_, form) = await browser.GetPageAsync("/Requests/New?type=ReportLeak");

        using var content = new MultipartFormDataContent
        {
            { new StringContent(HtmlForms.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new StringContent("ReportLeak"), "Type" },
            { new StringContent(number), "Input.AccountNumber" },
            { new StringContent("Behind the garage, by the hose bib"), "Input.Location" },
            { new StringContent("Severe"), "Input.Severity" },
            { new StringContent("Email"), "Input.ContactPreference" },
        };
        var photo = new ByteArrayContent(Png);
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(photo, "Input.File", "leak.png");
        using var response = await browser.PostAsync("/Requests/New?type=ReportLeak", content);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, html) = await browser.FollowAsync(response);
        var text = Page.MainText(html);
        var request = await factory.WithDbAsync(db => db.ServiceRequests.AsNoTracking().SingleAsync(r => r.Location == "Behind the garage, by the hose bib"));
        text.ShouldContain($"We received your request {request.Number}.");
        html.Split($"We received your request {request.Number}.").Length.ShouldBe(2, "the message shows once, from the layout");
        text.ShouldContain("Crew assigned");
        text.ShouldContain("Leak investigation");
        request.PhotoAttachmentId.ShouldNotBeNull();
        var order = await factory.WithDbAsync(db => db.WorkOrders.AsNoTracking().SingleAsync(w => w.ServiceRequestId == request.Id));
        order.Type.ShouldBe(WorkOrderType.LeakInvestigation);
        order.Priority.ShouldBe(RequestPriority.Emergency);
        var (_, list) = await browser.GetPageAsync("/Requests");
        Page.MainText(list).ShouldContain(request.Number);
    }

    [Fact]
    public async Task A_leak_without_its_place_or_severity_is_refused_next_to_the_fields_and_nothing_is_filed()
    {
        var (browser, number) = await ResidentWithAccountAsync("leak.bad@example.com");
        var before = await factory.WithDbAsync(db => db.ServiceRequests.CountAsync());

        using var response = await browser.PostFormAsync("/Requests/New?type=ReportLeak", new Dictionary<string, string>
        {
            ["Type"] = "ReportLeak",
            ["Input.AccountNumber"] = number,
            ["Input.ContactPreference"] = "Email",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Page.Errors(await response.Content.ReadAsStringAsync()).ShouldBe(["Say where the leak is.", "Say how bad the leak is."], ignoreOrder: true);
        (await factory.WithDbAsync(db => db.ServiceRequests.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_taken_appointment_is_refused_and_another_residents_request_is_not_found()
    {
        var (first, firstNumber) = await ResidentWithAccountAsync("slot.first@example.com");
        var (second, secondNumber) = await ResidentWithAccountAsync("slot.second@example.com");
        var slotId = await factory.WithDbAsync(async db =>
        {
            var slot = new AppointmentSlot(DateTimeOffset.UtcNow.AddDays(2), DateTimeOffset.UtcNow.AddDays(2).AddHours(2), 1, "test", DateTimeOffset.UtcNow);
            db.AppointmentSlots.Add(slot);
            await db.SaveChangesAsync();
            return slot.Id;
        });
        Dictionary<string, string> Pressure(string number) => new()
        {
            ["Type"] = "WaterPressure",
            ["Input.AccountNumber"] = number,
            ["Input.Description"] = "Barely a trickle upstairs",
            ["Input.SlotId"] = slotId.ToString(),
            ["Input.ContactPreference"] = "None",
        };

        using var booked = await first.PostFormAsync("/Requests/New?type=WaterPressure", Pressure(firstNumber));
        using var refused = await second.PostFormAsync("/Requests/New?type=WaterPressure", Pressure(secondNumber));

        booked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Page.Errors(await refused.Content.ReadAsStringAsync()).ShouldBe(["That appointment time was just taken; choose another."]);
        var requestUrl = booked.Headers.Location!.OriginalString;
        (await second.GetPageAsync(requestUrl)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await first.GetPageAsync(requestUrl)).Status.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<(HttpClient Browser, string Number)> ResidentWithAccountAsync(string email)
    {
        var user = await factory.CreateUserAsync(email);
        var number = await factory.WithDbAsync(async db =>
        {
            var account = await db.ServiceAccounts.AsNoTracking()
                .Where(a => a.Status == AccountStatus.Active && !db.AccountLinks.Any(l => l.ServiceAccountId == a.Id))
                .OrderBy(a => a.Number).Select(a => new { a.Id, a.Number }).FirstAsync();
            db.AccountLinks.Add(new AccountLink(user.Id, account.Id, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return account.Number.Value;
        });
        return (await factory.SignedInBrowserAsync(email), number);
    }
}
