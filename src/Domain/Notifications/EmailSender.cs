namespace UtilityPortal.Domain.Notifications;

/// <summary>A plain-text e-mail to one recipient. Links in the body are absolute, because the reader is not on our site.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody);

/// <summary>
/// The e-mail port. Today the only adapter is <see cref="PickupFolderEmailSender"/>; an SMTP adapter comes with the
/// Notifications issue (outbox, quiet hours) and will be chosen by configuration in <see cref="EmailRegistration"/>.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}
