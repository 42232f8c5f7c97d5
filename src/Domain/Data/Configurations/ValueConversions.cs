using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Data.Configurations;

/// <summary>How value objects sit in columns, shared by the entity configurations.</summary>
internal static class ValueConversions
{
    public static PropertyBuilder<Money> IsMoney(this PropertyBuilder<Money> property) =>
        property.HasConversion(m => m.Amount, d => new Money(d)).HasPrecision(18, 2);

    public static PropertyBuilder<PhoneNumber?> IsPhone(this PropertyBuilder<PhoneNumber?> property) =>
        property.HasConversion(p => p!.Value.E164, s => PhoneNumber.FromStored(s)).HasMaxLength(20);

    public static void OwnsAddress<T>(this EntityTypeBuilder<T> entity, System.Linq.Expressions.Expression<Func<T, PostalAddress?>> navigation, string prefix, bool required)
        where T : class
    {
        entity.OwnsOne(navigation, a =>
        {
            a.Property(x => x.Line1).HasColumnName(prefix + "Line1").HasMaxLength(100);
            a.Property(x => x.Line2).HasColumnName(prefix + "Line2").HasMaxLength(100);
            a.Property(x => x.City).HasColumnName(prefix + "City").HasMaxLength(60);
            a.Property(x => x.State).HasColumnName(prefix + "State").HasMaxLength(2);
            a.Property(x => x.Zip).HasColumnName(prefix + "Zip").HasMaxLength(10);
        });
        if (required)
        {
            entity.Navigation(navigation!).IsRequired();
        }
    }
}
