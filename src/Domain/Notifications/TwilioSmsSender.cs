using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;

namespace UtilityPortal.Domain.Notifications;

/// <summary>
/// Sends through Twilio's Messages API with <see cref="TwilioRestClient"/>. The client runs on an HttpClient from
/// IHttpClientFactory (named <see cref="HttpClientName"/>), which is also where tests put a fake handler, so this code
/// is what runs in tests too.
/// </summary>
public sealed class TwilioSmsSender(HttpClient http, TwilioOptions options) : ISmsSender
{
    public const string HttpClientName = "Twilio";
    public const string ProviderName = "twilio";

    public async Task<SendOutcome> SendAsync(SmsRequest message, CancellationToken ct = default)
    {
        var client = new TwilioRestClient(options.AccountSid, options.AuthToken, httpClient: new Twilio.Http.SystemNetHttpClient(http));
        var create = new CreateMessageOptions(new Twilio.Types.PhoneNumber(message.To))
        {
            From = new Twilio.Types.PhoneNumber(options.FromNumber),
            Body = message.Body,
            StatusCallback = StatusCallbackFor(message.OutboxId),
        };

        try
        {
            // The Twilio library takes no CancellationToken; the HttpClient's timeout bounds the call instead.
            ct.ThrowIfCancellationRequested();
            var sent = await MessageResource.CreateAsync(create, client);
            return new SendOutcome.Accepted(ProviderName, sent.Sid, sent.Status?.ToString());
        }
        catch (ApiException e) when (e.Status is >= 400 and < 500 and not 408 and not 429)
        {
            return new SendOutcome.Rejected($"Twilio {e.Status} error {e.Code}: {e.Message}");
        }
        catch (ApiException e)
        {
            return new SendOutcome.TryLater($"Twilio {e.Status} error {e.Code}: {e.Message}");
        }
        catch (ApiStandardException e)
        {
            var error = $"Twilio {e.Status} error {e.Code}: {e.Message}";
            return e.Status is >= 400 and < 500 and not 408 and not 429 ? new SendOutcome.Rejected(error) : new SendOutcome.TryLater(error);
        }
        catch (ApiConnectionException e)
        {
            return new SendOutcome.TryLater("Twilio unreachable: " + (e.InnerException?.Message ?? e.Message));
        }
    }

    /// <summary>The status callback with our message id in the query, so a report that outruns our own record of the send still finds the message.</summary>
    private Uri? StatusCallbackFor(Guid outboxId)
    {
        if (options.StatusCallbackUrl is null)
        {
            return null;
        }

        // AbsoluteUri, not UriBuilder: Twilio signs its callback with the URL exactly as we gave it, and UriBuilder adds ":443".
        var callback = options.StatusCallbackUrl;
        var separator = string.IsNullOrEmpty(callback.Query) ? "?" : "&";
        return new Uri(callback.AbsoluteUri + separator + "outboxId=" + outboxId.ToString("N"));
    }
}
