global using UtilityPortal.BackOffice.Tests.Support;
global using UtilityPortal.TestSupport;
