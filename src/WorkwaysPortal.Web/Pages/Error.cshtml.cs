using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace WorkwaysPortal.Web.Pages;

/// <summary>The friendly page for every error status: no stack traces, a request id to quote.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; } = StatusCodes.Status500InternalServerError;
    public string RequestId { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        Status = code is >= 400 and < 600 ? code.Value : StatusCodes.Status500InternalServerError;
        Response.StatusCode = Status;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
