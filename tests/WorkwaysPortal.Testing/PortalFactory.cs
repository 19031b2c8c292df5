using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WorkwaysPortal.Testing;

/// <summary>The portal over a test database, without demo data.</summary>
public class PortalFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", connectionString);
        builder.UseSetting("Database:SeedDemoData", "false");

        // Tests run the mail sender themselves (OutboxMailSender.SendPendingAsync) with their own folders.
        builder.UseSetting("Mail:Enabled", "false");
        builder.UseSetting("Mail:PickupDirectory", Path.Combine(Path.GetTempPath(), "workways-tests-mail-pickup"));
    }
}
