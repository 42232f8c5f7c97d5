using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UtilityPortal.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AppointmentSlots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Booked = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppointmentSlots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PreferredLanguage = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Before = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    After = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BillRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cycle = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduleCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ScheduleVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Accounts = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountsDone = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountsSkipped = table.Column<int>(type: "INTEGER", nullable: false),
                    BillsPosted = table.Column<int>(type: "INTEGER", nullable: false),
                    BillsToPost = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    HeartbeatAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CalculatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BillRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CashierBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CashierId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CashierName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    BusinessDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpeningFloat = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CountedCash = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CountedChecks = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CountedMoneyOrders = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CountedCardPresent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CashierBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Customers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    MailingLine1 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MailingLine2 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MailingCity = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    MailingState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    MailingZip = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    TemporaryLine1 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TemporaryLine2 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TemporaryCity = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    TemporaryState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    TemporaryZip = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    TemporaryAddressEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HomePhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    MobilePhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PreferredLanguage = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SmsConsentGiven = table.Column<bool>(type: "INTEGER", nullable: false),
                    SmsConsentRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SmsConsentSource = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Customers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GatewayEvents",
                columns: table => new
                {
                    Gateway = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GatewayEvents", x => new { x.Gateway, x.EventId });
                });

            migrationBuilder.CreateTable(
                name: "LockboxBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Lines = table.Column<int>(type: "INTEGER", nullable: false),
                    Posted = table.Column<int>(type: "INTEGER", nullable: false),
                    PostedTotal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Suspended = table.Column<int>(type: "INTEGER", nullable: false),
                    SuspenseTotal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    AlreadyImported = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LockboxBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LockboxStagedFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Preview = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LockboxStagedFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeterReadImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Lines = table.Column<int>(type: "INTEGER", nullable: false),
                    Imported = table.Column<int>(type: "INTEGER", nullable: false),
                    AlreadyImported = table.Column<int>(type: "INTEGER", nullable: false),
                    Refused = table.Column<int>(type: "INTEGER", nullable: false),
                    Report = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeterReadImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StatusChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ProviderMessageId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ProviderStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Premises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParcelId = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ServiceLine1 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ServiceLine2 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ServiceCity = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ServiceState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ServiceZip = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    InsideCity = table.Column<bool>(type: "INTEGER", nullable: false),
                    Class = table.Column<int>(type: "INTEGER", nullable: false),
                    DwellingUnits = table.Column<int>(type: "INTEGER", nullable: false),
                    ImperviousSqFt = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerOfRecord = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Premises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RateScheduleVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Locked = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RateScheduleVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SmsOptOuts",
                columns: table => new
                {
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OptedOut = table.Column<bool>(type: "INTEGER", nullable: false),
                    Keyword = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OptedOutAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SmsOptOuts", x => x.PhoneNumber);
                });

            migrationBuilder.CreateTable(
                name: "StagedReadFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Preview = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StagedReadFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CheckoutSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Gateway = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GatewaySessionId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    SuccessUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CancelUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckoutSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckoutSessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Meters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SerialNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Size = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RegisterDigits = table.Column<int>(type: "INTEGER", nullable: false),
                    RadioId = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    InstalledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PremiseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meters_Premises_PremiseId",
                        column: x => x.PremiseId,
                        principalTable: "Premises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PremiseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    BillingCycle = table.Column<int>(type: "INTEGER", nullable: false),
                    Services = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaperlessSince = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceAccounts_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceAccounts_Premises_PremiseId",
                        column: x => x.PremiseId,
                        principalTable: "Premises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeterReads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisterValue = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Reader = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Flags = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeterReads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeterReads_MeterReadImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "MeterReadImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeterReads_Meters_MeterId",
                        column: x => x.MeterId,
                        principalTable: "Meters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AccountLinks",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountLinks", x => new { x.UserId, x.ServiceAccountId });
                    table.ForeignKey(
                        name: "FK_AccountLinks_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AccountLinks_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AccountSearchTerms",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountSearchTerms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountSearchTerms_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AutopayEnrollments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Gateway = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SetupSessionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CustomerReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PaymentMethodReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EnrolledBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActivatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ChargesBillsDueFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutopayEnrollments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AutopayEnrollments_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bills",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BillRunId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ServiceFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ServiceTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CustomerClass = table.Column<int>(type: "INTEGER", nullable: false),
                    MeterSize = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AdditionalMeterSizes = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    InsideCity = table.Column<bool>(type: "INTEGER", nullable: false),
                    DwellingUnits = table.Column<int>(type: "INTEGER", nullable: false),
                    ImperviousSqFt = table.Column<int>(type: "INTEGER", nullable: false),
                    Services = table.Column<int>(type: "INTEGER", nullable: false),
                    WaterGallons = table.Column<long>(type: "INTEGER", nullable: false),
                    ReuseGallons = table.Column<long>(type: "INTEGER", nullable: false),
                    Estimated = table.Column<bool>(type: "INTEGER", nullable: false),
                    AverageGallons = table.Column<long>(type: "INTEGER", nullable: true),
                    ScheduleCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ScheduleVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentCharges = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PreviousBalance = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PaymentsSince = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    AdjustmentsSince = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    DepositApplied = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    TotalDue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HoldReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReplacesBillId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bills", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bills_BillRuns_BillRunId",
                        column: x => x.BillRunId,
                        principalTable: "BillRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bills_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CollectionHolds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Chapter = table.Column<int>(type: "INTEGER", nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PrePetitionBalance = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    CertifiedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PlacedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PlacedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ReleasedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReleaseReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReleasedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollectionHolds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollectionHolds_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContractorEstimates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ContractorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ContractorName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ParcelId = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ServiceLine1 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ServiceLine2 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ServiceCity = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ServiceState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ServiceZip = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    MeterSize = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Services = table.Column<int>(type: "INTEGER", nullable: false),
                    UseClass = table.Column<int>(type: "INTEGER", nullable: false),
                    AverageDailyGallons = table.Column<int>(type: "INTEGER", nullable: true),
                    InsideCity = table.Column<bool>(type: "INTEGER", nullable: false),
                    ServiceAreaName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgreementNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    ConvertedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConvertedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractorEstimates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractorEstimates_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HighBillPortalNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BillId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    UsageGallons = table.Column<long>(type: "INTEGER", nullable: false),
                    AverageGallons = table.Column<long>(type: "INTEGER", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HighBillPortalNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HighBillPortalNotices_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Interactions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interactions_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JournalEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    DepositAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ReversesEntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CounterpartAccountId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalEntries_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaymentAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenForAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CoveredAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    DownPayment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    InstallmentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Terms = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DraftedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DraftedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    SignedVia = table.Column<int>(type: "INTEGER", nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    BalanceAtAcceptance = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DefaultedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DefaultedOnInstallment = table.Column<int>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentAgreements_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Tender = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    GatewayReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CheckoutId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CashierBatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LockboxBatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    JournalEntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReversedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReversalReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payments_LockboxBatches_LockboxBatchId",
                        column: x => x.LockboxBatchId,
                        principalTable: "LockboxBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Payments_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PremiseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReporterUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReporterName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Severity = table.Column<int>(type: "INTEGER", nullable: true),
                    PhotoAttachmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Contact = table.Column<int>(type: "INTEGER", nullable: false),
                    SlotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueBy = table.Column<long>(type: "INTEGER", nullable: false),
                    TriagedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TriagedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceRequests_AppointmentSlots_SlotId",
                        column: x => x.SlotId,
                        principalTable: "AppointmentSlots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceRequests_Premises_PremiseId",
                        column: x => x.PremiseId,
                        principalTable: "Premises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceRequests_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ShutOffCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenForAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PastDueAtProcessing = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ProcessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Fee = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    DisconnectWorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReconnectWorkOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RestoredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RestoredBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShutOffCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShutOffCases_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdjustmentRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BillId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    Basis = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CorrectedGallons = table.Column<long>(type: "INTEGER", nullable: true),
                    Calculation = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ByResident = table.Column<bool>(type: "INTEGER", nullable: false),
                    MakerLimit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    JournalEntryId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdjustmentRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdjustmentRequests_Bills_BillId",
                        column: x => x.BillId,
                        principalTable: "Bills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdjustmentRequests_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BillExceptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BillId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BillRunId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Gallons = table.Column<long>(type: "INTEGER", nullable: false),
                    AverageGallons = table.Column<long>(type: "INTEGER", nullable: true),
                    PercentOfAverage = table.Column<int>(type: "INTEGER", nullable: true),
                    History = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Resolution = table.Column<int>(type: "INTEGER", nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BillExceptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BillExceptions_BillRuns_BillRunId",
                        column: x => x.BillRunId,
                        principalTable: "BillRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BillExceptions_Bills_BillId",
                        column: x => x.BillId,
                        principalTable: "Bills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BillLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BillId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Service = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Rate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BillLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BillLines_Bills_BillId",
                        column: x => x.BillId,
                        principalTable: "Bills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BillReads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BillId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeterSerial = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OpeningAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OpeningRegister = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosingAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosingRegister = table.Column<long>(type: "INTEGER", nullable: true),
                    Gallons = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BillReads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BillReads_Bills_BillId",
                        column: x => x.BillId,
                        principalTable: "Bills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DepositRequirements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    BillId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequiredBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    HeldAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WaivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WaivedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    WaiverReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepositRequirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepositRequirements_Bills_BillId",
                        column: x => x.BillId,
                        principalTable: "Bills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DepositRequirements_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaperlessBillNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BillId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaperlessBillNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaperlessBillNotices_Bills_BillId",
                        column: x => x.BillId,
                        principalTable: "Bills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaperlessBillNotices_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PastDueNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BillId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountPastDue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Channels = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PastDueNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PastDueNotices_Bills_BillId",
                        column: x => x.BillId,
                        principalTable: "Bills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PastDueNotices_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReReadRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BillId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BillExceptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReReadRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReReadRequests_Bills_BillId",
                        column: x => x.BillId,
                        principalTable: "Bills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReReadRequests_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EstimateExtraLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EstimateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EstimateExtraLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EstimateExtraLines_ContractorEstimates_EstimateId",
                        column: x => x.EstimateId,
                        principalTable: "ContractorEstimates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EstimateVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EstimateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ScheduleCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ScheduleVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Ercs = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevisedReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RevisedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    RevisedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EstimateVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EstimateVersions_ContractorEstimates_EstimateId",
                        column: x => x.EstimateId,
                        principalTable: "ContractorEstimates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaymentAgreementInstallments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentAgreementInstallments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentAgreementInstallments_PaymentAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "PaymentAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AutopayCharges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BillId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrollmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutopayCharges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AutopayCharges_AutopayEnrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "AutopayEnrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AutopayCharges_Bills_BillId",
                        column: x => x.BillId,
                        principalTable: "Bills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AutopayCharges_Payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "Payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AutopayCharges_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Refunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GatewayReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Payee = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    MailingLine1 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MailingLine2 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MailingCity = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    MailingState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    MailingZip = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    JournalEntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Refunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Refunds_Payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "Payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Refunds_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SuspenseItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LockboxBatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    RawLine = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AccountText = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CheckNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Remitter = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    AppliedAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuspenseItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuspenseItems_LockboxBatches_LockboxBatchId",
                        column: x => x.LockboxBatchId,
                        principalTable: "LockboxBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SuspenseItems_Payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "Payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SuspenseItems_ServiceAccounts_AppliedAccountId",
                        column: x => x.AppliedAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    RequestNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AssignedTo = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Result = table.Column<int>(type: "INTEGER", nullable: true),
                    ResultNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ServiceRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    SlotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ScheduledStart = table.Column<long>(type: "INTEGER", nullable: true),
                    ScheduledEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    ResultCode = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkOrders_AppointmentSlots_SlotId",
                        column: x => x.SlotId,
                        principalTable: "AppointmentSlots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkOrders_ServiceAccounts_ServiceAccountId",
                        column: x => x.ServiceAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkOrders_ServiceRequests_ServiceRequestId",
                        column: x => x.ServiceRequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EstimateVersionLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EstimateVersionLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EstimateVersionLines_EstimateVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "EstimateVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToPremiseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ForwardingLine1 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ForwardingLine2 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ForwardingCity = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ForwardingState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ForwardingZip = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Deposit = table.Column<int>(type: "INTEGER", nullable: false),
                    DepositWaiverReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TurnOnOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TurnOffOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartRegister = table.Column<long>(type: "INTEGER", nullable: true),
                    FinalRegister = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StoppedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DepositBillId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FinalBillId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Refunded = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    FieldNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceChanges_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceChanges_Premises_ToPremiseId",
                        column: x => x.ToPremiseId,
                        principalTable: "Premises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceChanges_ServiceAccounts_FromAccountId",
                        column: x => x.FromAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceChanges_ServiceAccounts_ToAccountId",
                        column: x => x.ToAccountId,
                        principalTable: "ServiceAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceChanges_WorkOrders_TurnOffOrderId",
                        column: x => x.TurnOffOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceChanges_WorkOrders_TurnOnOrderId",
                        column: x => x.TurnOnOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceNotes_ServiceRequests_ServiceRequestId",
                        column: x => x.ServiceRequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceNotes_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountLinks_ServiceAccountId",
                table: "AccountLinks",
                column: "ServiceAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountSearchTerms_ServiceAccountId",
                table: "AccountSearchTerms",
                column: "ServiceAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountSearchTerms_Term_ServiceAccountId",
                table: "AccountSearchTerms",
                columns: new[] { "Term", "ServiceAccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_AdjustmentRequests_BillId",
                table: "AdjustmentRequests",
                column: "BillId");

            migrationBuilder.CreateIndex(
                name: "IX_AdjustmentRequests_ServiceAccountId_Reason_RequestedAt",
                table: "AdjustmentRequests",
                columns: new[] { "ServiceAccountId", "Reason", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AdjustmentRequests_Status_RequestedAt",
                table: "AdjustmentRequests",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AppointmentSlots_StartsAt",
                table: "AppointmentSlots",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_OwnerKind_OwnerId",
                table: "Attachments",
                columns: new[] { "OwnerKind", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId_At",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AutopayCharges_BillId",
                table: "AutopayCharges",
                column: "BillId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AutopayCharges_EnrollmentId",
                table: "AutopayCharges",
                column: "EnrollmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AutopayCharges_PaymentId",
                table: "AutopayCharges",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_AutopayCharges_ServiceAccountId",
                table: "AutopayCharges",
                column: "ServiceAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_AutopayCharges_Status_ClaimedUntil",
                table: "AutopayCharges",
                columns: new[] { "Status", "ClaimedUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_AutopayEnrollments_OneActivePerAccount",
                table: "AutopayEnrollments",
                column: "ServiceAccountId",
                unique: true,
                filter: "\"Status\" = 2");

            migrationBuilder.CreateIndex(
                name: "IX_AutopayEnrollments_ServiceAccountId_Status",
                table: "AutopayEnrollments",
                columns: new[] { "ServiceAccountId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AutopayEnrollments_SetupSessionId",
                table: "AutopayEnrollments",
                column: "SetupSessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BillExceptions_BillId",
                table: "BillExceptions",
                column: "BillId");

            migrationBuilder.CreateIndex(
                name: "IX_BillExceptions_BillRunId_Status_Kind",
                table: "BillExceptions",
                columns: new[] { "BillRunId", "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_BillLines_BillId",
                table: "BillLines",
                column: "BillId");

            migrationBuilder.CreateIndex(
                name: "IX_BillReads_BillId",
                table: "BillReads",
                column: "BillId");

            migrationBuilder.CreateIndex(
                name: "IX_BillRuns_Cycle_PeriodStart_PeriodEnd",
                table: "BillRuns",
                columns: new[] { "Cycle", "PeriodStart", "PeriodEnd" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BillRuns_Status",
                table: "BillRuns",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Bills_BillRunId_Status",
                table: "Bills",
                columns: new[] { "BillRunId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Bills_OnePerAccountKindAndPeriod",
                table: "Bills",
                columns: new[] { "ServiceAccountId", "Kind", "PeriodStart", "PeriodEnd" },
                unique: true,
                filter: "\"Status\" <> 5");

            migrationBuilder.CreateIndex(
                name: "IX_CashierBatches_BusinessDay_CashierName",
                table: "CashierBatches",
                columns: new[] { "BusinessDay", "CashierName" });

            migrationBuilder.CreateIndex(
                name: "IX_CashierBatches_CashierId",
                table: "CashierBatches",
                column: "CashierId",
                unique: true,
                filter: "\"Status\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_CheckoutSessions_Gateway_GatewaySessionId",
                table: "CheckoutSessions",
                columns: new[] { "Gateway", "GatewaySessionId" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckoutSessions_UserId_CreatedAt",
                table: "CheckoutSessions",
                columns: new[] { "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CollectionHolds_OpenKey",
                table: "CollectionHolds",
                column: "OpenKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CollectionHolds_ServiceAccountId_Kind",
                table: "CollectionHolds",
                columns: new[] { "ServiceAccountId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractorEstimates_ContractorUserId_RequestedAt",
                table: "ContractorEstimates",
                columns: new[] { "ContractorUserId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractorEstimates_Reference",
                table: "ContractorEstimates",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractorEstimates_ServiceAccountId",
                table: "ContractorEstimates",
                column: "ServiceAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractorEstimates_Status_RequestedAt",
                table: "ContractorEstimates",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DepositRequirements_BillId",
                table: "DepositRequirements",
                column: "BillId");

            migrationBuilder.CreateIndex(
                name: "IX_DepositRequirements_ServiceAccountId",
                table: "DepositRequirements",
                column: "ServiceAccountId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DepositRequirements_Status",
                table: "DepositRequirements",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_EstimateExtraLines_EstimateId_Sequence",
                table: "EstimateExtraLines",
                columns: new[] { "EstimateId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EstimateVersionLines_VersionId_Sequence",
                table: "EstimateVersionLines",
                columns: new[] { "VersionId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EstimateVersions_EstimateId_Version",
                table: "EstimateVersions",
                columns: new[] { "EstimateId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HighBillPortalNotices_BillId",
                table: "HighBillPortalNotices",
                column: "BillId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HighBillPortalNotices_ServiceAccountId_CreatedAt",
                table: "HighBillPortalNotices",
                columns: new[] { "ServiceAccountId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Interactions_ServiceAccountId_At",
                table: "Interactions",
                columns: new[] { "ServiceAccountId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_IdempotencyKey",
                table: "JournalEntries",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_ReversesEntryId",
                table: "JournalEntries",
                column: "ReversesEntryId",
                unique: true,
                filter: "\"ReversesEntryId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_ServiceAccountId_EffectiveOn",
                table: "JournalEntries",
                columns: new[] { "ServiceAccountId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LockboxBatches_FileHash",
                table: "LockboxBatches",
                column: "FileHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LockboxBatches_ImportedAt",
                table: "LockboxBatches",
                column: "ImportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_LockboxStagedFiles_ExpiresAt",
                table: "LockboxStagedFiles",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_MeterReadImports_ImportedAt",
                table: "MeterReadImports",
                column: "ImportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_MeterReads_ImportId",
                table: "MeterReads",
                column: "ImportId",
                filter: "\"ImportId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_MeterReads_MeterId_ReadAt",
                table: "MeterReads",
                columns: new[] { "MeterId", "ReadAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meters_PremiseId",
                table: "Meters",
                column: "PremiseId");

            migrationBuilder.CreateIndex(
                name: "IX_Meters_RadioId",
                table: "Meters",
                column: "RadioId");

            migrationBuilder.CreateIndex(
                name: "IX_Meters_SerialNumber",
                table: "Meters",
                column: "SerialNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_CreatedAt",
                table: "OutboxMessages",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Key",
                table: "OutboxMessages",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProviderMessageId",
                table: "OutboxMessages",
                column: "ProviderMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Recipient_Status",
                table: "OutboxMessages",
                columns: new[] { "Recipient", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ServiceAccountId",
                table: "OutboxMessages",
                column: "ServiceAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PaperlessBillNotices_BillId",
                table: "PaperlessBillNotices",
                column: "BillId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaperlessBillNotices_ServiceAccountId",
                table: "PaperlessBillNotices",
                column: "ServiceAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_PastDueNotices_BillId",
                table: "PastDueNotices",
                column: "BillId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PastDueNotices_ServiceAccountId_CreatedAt",
                table: "PastDueNotices",
                columns: new[] { "ServiceAccountId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAgreementInstallments_AgreementId_Number",
                table: "PaymentAgreementInstallments",
                columns: new[] { "AgreementId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAgreementInstallments_DueOn",
                table: "PaymentAgreementInstallments",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAgreements_OpenForAccountId",
                table: "PaymentAgreements",
                column: "OpenForAccountId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAgreements_ServiceAccountId",
                table: "PaymentAgreements",
                column: "ServiceAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAgreements_Status_ReviewedOn",
                table: "PaymentAgreements",
                columns: new[] { "Status", "ReviewedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_CashierBatchId",
                table: "Payments",
                column: "CashierBatchId",
                filter: "\"CashierBatchId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_CheckoutId",
                table: "Payments",
                column: "CheckoutId",
                filter: "\"CheckoutId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_GatewayReference",
                table: "Payments",
                column: "GatewayReference",
                filter: "\"GatewayReference\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_LockboxBatchId",
                table: "Payments",
                column: "LockboxBatchId",
                filter: "\"LockboxBatchId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ReceiptNumber",
                table: "Payments",
                column: "ReceiptNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ServiceAccountId_ReceivedAt",
                table: "Payments",
                columns: new[] { "ServiceAccountId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Premises_ParcelId",
                table: "Premises",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_RateScheduleVersions_Code_Version",
                table: "RateScheduleVersions",
                columns: new[] { "Code", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Refunds_GatewayReference",
                table: "Refunds",
                column: "GatewayReference",
                unique: true,
                filter: "\"GatewayReference\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Refunds_PaymentId",
                table: "Refunds",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_Refunds_RequestedAt",
                table: "Refunds",
                column: "RequestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Refunds_ServiceAccountId_RequestedAt",
                table: "Refunds",
                columns: new[] { "ServiceAccountId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReReadRequests_BillId",
                table: "ReReadRequests",
                column: "BillId");

            migrationBuilder.CreateIndex(
                name: "IX_ReReadRequests_ServiceAccountId",
                table: "ReReadRequests",
                column: "ServiceAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ReReadRequests_Status",
                table: "ReReadRequests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceAccounts_BillingCycle_Status",
                table: "ServiceAccounts",
                columns: new[] { "BillingCycle", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceAccounts_CustomerId",
                table: "ServiceAccounts",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceAccounts_Number",
                table: "ServiceAccounts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceAccounts_PremiseId",
                table: "ServiceAccounts",
                column: "PremiseId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChanges_CustomerId",
                table: "ServiceChanges",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChanges_FromAccountId",
                table: "ServiceChanges",
                column: "FromAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChanges_ServiceRequestId",
                table: "ServiceChanges",
                column: "ServiceRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChanges_State_RequestedDate",
                table: "ServiceChanges",
                columns: new[] { "State", "RequestedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChanges_ToAccountId",
                table: "ServiceChanges",
                column: "ToAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChanges_ToPremiseId",
                table: "ServiceChanges",
                column: "ToPremiseId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChanges_TurnOffOrderId",
                table: "ServiceChanges",
                column: "TurnOffOrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceChanges_TurnOnOrderId",
                table: "ServiceChanges",
                column: "TurnOnOrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNotes_ServiceRequestId_At",
                table: "ServiceNotes",
                columns: new[] { "ServiceRequestId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNotes_WorkOrderId_At",
                table: "ServiceNotes",
                columns: new[] { "WorkOrderId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_DueBy_Status",
                table: "ServiceRequests",
                columns: new[] { "DueBy", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Number",
                table: "ServiceRequests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_PremiseId",
                table: "ServiceRequests",
                column: "PremiseId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_ReporterUserId_SubmittedAt",
                table: "ServiceRequests",
                columns: new[] { "ReporterUserId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_RequestKey",
                table: "ServiceRequests",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_ServiceAccountId_SubmittedAt",
                table: "ServiceRequests",
                columns: new[] { "ServiceAccountId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_SlotId",
                table: "ServiceRequests",
                column: "SlotId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Status_ClosedAt",
                table: "ServiceRequests",
                columns: new[] { "Status", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ShutOffCases_OpenForAccountId",
                table: "ShutOffCases",
                column: "OpenForAccountId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ShutOffCases_ServiceAccountId_ProcessedAt",
                table: "ShutOffCases",
                columns: new[] { "ServiceAccountId", "ProcessedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StagedReadFiles_ExpiresAt",
                table: "StagedReadFiles",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_SuspenseItems_AppliedAccountId",
                table: "SuspenseItems",
                column: "AppliedAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_SuspenseItems_CheckNumber",
                table: "SuspenseItems",
                column: "CheckNumber");

            migrationBuilder.CreateIndex(
                name: "IX_SuspenseItems_LockboxBatchId_LineNumber",
                table: "SuspenseItems",
                columns: new[] { "LockboxBatchId", "LineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SuspenseItems_PaymentId",
                table: "SuspenseItems",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_SuspenseItems_Status_PaidOn",
                table: "SuspenseItems",
                columns: new[] { "Status", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_RequestKey",
                table: "WorkOrders",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_ServiceAccountId_RequestedAt",
                table: "WorkOrders",
                columns: new[] { "ServiceAccountId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_ServiceRequestId_Status",
                table: "WorkOrders",
                columns: new[] { "ServiceRequestId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_SlotId",
                table: "WorkOrders",
                column: "SlotId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_Status_Priority_RequestedAt",
                table: "WorkOrders",
                columns: new[] { "Status", "Priority", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_Status_RequestedAt",
                table: "WorkOrders",
                columns: new[] { "Status", "RequestedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountLinks");

            migrationBuilder.DropTable(
                name: "AccountSearchTerms");

            migrationBuilder.DropTable(
                name: "AdjustmentRequests");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "AutopayCharges");

            migrationBuilder.DropTable(
                name: "BillExceptions");

            migrationBuilder.DropTable(
                name: "BillLines");

            migrationBuilder.DropTable(
                name: "BillReads");

            migrationBuilder.DropTable(
                name: "CashierBatches");

            migrationBuilder.DropTable(
                name: "CheckoutSessions");

            migrationBuilder.DropTable(
                name: "CollectionHolds");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DepositRequirements");

            migrationBuilder.DropTable(
                name: "EstimateExtraLines");

            migrationBuilder.DropTable(
                name: "EstimateVersionLines");

            migrationBuilder.DropTable(
                name: "GatewayEvents");

            migrationBuilder.DropTable(
                name: "HighBillPortalNotices");

            migrationBuilder.DropTable(
                name: "Interactions");

            migrationBuilder.DropTable(
                name: "JournalEntries");

            migrationBuilder.DropTable(
                name: "LockboxStagedFiles");

            migrationBuilder.DropTable(
                name: "MeterReads");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PaperlessBillNotices");

            migrationBuilder.DropTable(
                name: "PastDueNotices");

            migrationBuilder.DropTable(
                name: "PaymentAgreementInstallments");

            migrationBuilder.DropTable(
                name: "RateScheduleVersions");

            migrationBuilder.DropTable(
                name: "Refunds");

            migrationBuilder.DropTable(
                name: "ReReadRequests");

            migrationBuilder.DropTable(
                name: "ServiceChanges");

            migrationBuilder.DropTable(
                name: "ServiceNotes");

            migrationBuilder.DropTable(
                name: "ShutOffCases");

            migrationBuilder.DropTable(
                name: "SmsOptOuts");

            migrationBuilder.DropTable(
                name: "StagedReadFiles");

            migrationBuilder.DropTable(
                name: "SuspenseItems");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AutopayEnrollments");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "EstimateVersions");

            migrationBuilder.DropTable(
                name: "MeterReadImports");

            migrationBuilder.DropTable(
                name: "Meters");

            migrationBuilder.DropTable(
                name: "PaymentAgreements");

            migrationBuilder.DropTable(
                name: "Bills");

            migrationBuilder.DropTable(
                name: "WorkOrders");

            migrationBuilder.DropTable(
                name: "Payments");

            migrationBuilder.DropTable(
                name: "ContractorEstimates");

            migrationBuilder.DropTable(
                name: "BillRuns");

            migrationBuilder.DropTable(
                name: "ServiceRequests");

            migrationBuilder.DropTable(
                name: "LockboxBatches");

            migrationBuilder.DropTable(
                name: "AppointmentSlots");

            migrationBuilder.DropTable(
                name: "ServiceAccounts");

            migrationBuilder.DropTable(
                name: "Customers");

            migrationBuilder.DropTable(
                name: "Premises");
        }
    }
}
