using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class UtilityUserConfiguration : IEntityTypeConfiguration<UtilityUser>
{
    public void Configure(EntityTypeBuilder<UtilityUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(120);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(2);
    }
}
