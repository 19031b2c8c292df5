// What nearly every page, endpoint and view component of the portal uses: ASP.NET Core's pages, typed
// API results and authorization, EF Core over the portal's database with its access rules and taxonomy, the shared texts,
// the API's plumbing and the portal's infrastructure. Anything more particular is imported by the file that needs it.
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Localization;
global using WorkwaysPortal.Data;
global using WorkwaysPortal.Data.Access;
global using WorkwaysPortal.Data.Taxonomy;
global using WorkwaysPortal.Domain.Taxonomy;
global using WorkwaysPortal.Localization;
global using WorkwaysPortal.Web.Api;
global using WorkwaysPortal.Web.Infrastructure;
