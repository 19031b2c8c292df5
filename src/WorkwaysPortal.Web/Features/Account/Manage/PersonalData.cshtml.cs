using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account.Manage;

/// <summary>
/// "Your data": what the portal keeps about the signed-in person, downloadable as JSON (a POST, so that
/// no link or image elsewhere can start it), and the way to deleting the account.
/// </summary>
[Authorize]
public sealed class PersonalDataModel(UserManager<ApplicationUser> users, PortalDbContext db, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostDownloadAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var data = await PersonalData.ReadAsync(db, users, user, clock.GetUtcNow(), ct);
        SecurityEvents.AccountChanged(HttpContext, "account.personal-data-downloaded", user.Id);
        Response.Headers.CacheControl = "no-store";
        return File(JsonSerializer.SerializeToUtf8Bytes(data, Json), "application/json", "workways-personal-data.json");
    }
}
