global using Microsoft.Playwright;
global using UtilityPortal.Browser.Tests.Support;
global using static Microsoft.Playwright.Assertions;
