global using UtilityPortal.Domain;
global using UtilityPortal.Domain.Billing;
global using UtilityPortal.Domain.Billing.Bills;
global using UtilityPortal.Domain.Billing.Runs;
