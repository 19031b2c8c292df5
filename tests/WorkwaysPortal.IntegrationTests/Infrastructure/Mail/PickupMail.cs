using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Testing;
using WorkwaysPortal.Web.Infrastructure.Mail;

namespace WorkwaysPortal.IntegrationTests.Infrastructure.Mail;

/// <summary>The portal's outbox delivered the way it is without an SMTP server (a pickup folder of .eml files), and read back.</summary>
public static class PickupMail
{
    /// <summary>Sends every pending email of the outbox to a fresh pickup folder and returns the messages written there.</summary>
    public static async Task<List<MimeMessage>> DeliverAsync(PortalFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var folder = Path.Combine(Path.GetTempPath(), $"workways-pickup-{Guid.NewGuid():N}");
        var options = new MailOptions { PickupDirectory = folder };
        var sender = new OutboxMailSender(
            app.Services.GetRequiredService<IServiceScopeFactory>(), new MailTransportFactory(options, folder), Options.Create(options),
            TimeProvider.System, NullLogger<OutboxMailSender>.Instance);
        try
        {
            await sender.SendPendingAsync(CancellationToken.None);
            var messages = new List<MimeMessage>();
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [];
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                messages.Add(await MimeMessage.LoadAsync(file));
            }

            return messages;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
