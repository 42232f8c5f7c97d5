using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Meters;
using UtilityPortal.Domain.Payments;

namespace UtilityPortal.Domain.Data;

/// <summary>
/// The one database context: Identity, Data Protection keys and the utility's records. Each provider derives its own
/// subclass only so that each keeps its own migrations (see docs/decisions/0003).
/// </summary>
public class UtilityDbContext : IdentityDbContext<UtilityUser>, IDataProtectionKeyContext
{
    public UtilityDbContext(DbContextOptions<UtilityDbContext> options)
        : base(options)
    {
    }

    protected UtilityDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Premise> Premises => Set<Premise>();

    public DbSet<ServiceAccount> ServiceAccounts => Set<ServiceAccount>();

    public DbSet<Meter> Meters => Set<Meter>();

    public DbSet<MeterRead> MeterReads => Set<MeterRead>();

    public DbSet<MeterReadImport> MeterReadImports => Set<MeterReadImport>();

    public DbSet<StagedReadFile> StagedReadFiles => Set<StagedReadFile>();

    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<UtilityPortal.Domain.Payments.Counter.CashierBatch> CashierBatches => Set<UtilityPortal.Domain.Payments.Counter.CashierBatch>();

    public DbSet<UtilityPortal.Domain.Payments.Refunds.Refund> Refunds => Set<UtilityPortal.Domain.Payments.Refunds.Refund>();

    public DbSet<UtilityPortal.Domain.Payments.Agreements.PaymentAgreement> PaymentAgreements => Set<UtilityPortal.Domain.Payments.Agreements.PaymentAgreement>();

    public DbSet<Interaction> Interactions => Set<Interaction>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AccountLink> AccountLinks => Set<AccountLink>();

    public DbSet<AccountSearchTerm> AccountSearchTerms => Set<AccountSearchTerm>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(UtilityDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AppendOnly.Guard(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AppendOnly.Guard(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
