using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.Domain.Attachments;

/// <summary>Storing and reading uploaded files; owner areas add their <see cref="IAttachmentOwnerAccess"/>.</summary>
public static class AttachmentsRegistration
{
    public static IServiceCollection AddAttachments(this IServiceCollection services)
    {
        services.AddOptions<AttachmentOptions>().BindConfiguration(AttachmentOptions.Section);
        services.AddScoped<StoreAttachment>();
        services.AddScoped<ReadAttachment>();
        return services;
    }
}
