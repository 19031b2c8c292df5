using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace WorkwaysPortal.Testing;

/// <summary>
/// The portal over a test database, without demo data, in the <c>Testing</c> environment, or in
/// <c>Development</c> or <c>Production</c> for the tests that must hold in every configuration (with
/// the same high rate limits as <c>Testing</c>; Production is reached over https, as it is deployed).
/// </summary>
public class PortalFactory(string connectionString, string environment = PortalFactory.Testing) : WebApplicationFactory<Program>
{
    public const string Testing = "Testing";

    public string Environment => environment;

    /// <summary>Where clients send their requests: https in Production, whose cookies are Secure.</summary>
    public Uri BaseAddress => new(environment == "Production" ? "https://localhost" : "http://localhost");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Portal", connectionString);
        if (environment != Testing)
        {
            // Settings that appsettings.{Environment}.json would otherwise override come last.
            var settings = new Dictionary<string, string?>
            {
                ["Database:SeedDemoData"] = "false",
                ["RateLimiting:SignIn:PermitLimit"] = "1000000",
                ["RateLimiting:Registration:PermitLimit"] = "1000000",
                ["RateLimiting:ProposalSubmission:PermitLimit"] = "1000000",
                ["RateLimiting:Api:PermitLimit"] = "1000000",
                ["RateLimiting:MatchSearch:PermitLimit"] = "1000000",
                ["RateLimiting:AccountEmails:PermitLimit"] = "1000000",
                // As in appsettings.Testing.json: the tests of the rule (SecondFactorRequirementTests) turn it on.
                ["Account:RequireTwoFactorForRoles"] = "false",
            };
            if (environment == "Production")
            {
                // Production's log files go to the system's temporary folder, not beside the tests.
                settings["Serilog:WriteTo:File:Args:path"] = Path.Combine(Path.GetTempPath(), "workways-tests-logs", "portal-.json");
                builder.UseSetting("Portal:PublicOrigin", BaseAddress.GetLeftPart(UriPartial.Authority));
            }

            builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        }

        builder.UseSetting("Database:SeedDemoData", "false");

        // Tests run the mail sender themselves (OutboxMailSender.SendPendingAsync) with their own folders.
        builder.UseSetting("Mail:Enabled", "false");
        builder.UseSetting("Mail:PickupDirectory", Path.Combine(Path.GetTempPath(), "workways-tests-mail-pickup"));
    }
}
