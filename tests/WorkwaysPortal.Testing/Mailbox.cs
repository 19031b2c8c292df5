using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Web.Infrastructure.Mail;

namespace WorkwaysPortal.Testing;

/// <summary>
/// The emails a test made the portal send: the outbox delivered by the real sender into a pickup folder
/// of the test's own, and read back as MIME messages, with the links they carry.
/// </summary>
public sealed partial class Mailbox(PortalFactory app) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"workways-mailbox-{Guid.NewGuid():N}");

    /// <summary>Delivers what is waiting in the outbox; returns every message delivered so far, oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> DeliverAsync()
    {
        var options = new MailOptions { PickupDirectory = _folder };
        var sender = new OutboxMailSender(
            app.Services.GetRequiredService<IServiceScopeFactory>(), new MailTransportFactory(options, _folder), Options.Create(options),
            TimeProvider.System, NullLogger<OutboxMailSender>.Instance);
        await sender.SendPendingAsync(CancellationToken.None);

        var messages = new List<MimeMessage>();
        foreach (var file in Directory.Exists(_folder) ? Directory.GetFiles(_folder, "*.eml") : [])
        {
            messages.Add(await MimeMessage.LoadAsync(file));
        }

        return [.. messages.OrderBy(m => long.Parse(m.Headers["X-Workways-Outbox-Id"]!, System.Globalization.CultureInfo.InvariantCulture))];
    }

    /// <summary>The messages delivered to <paramref name="address"/>, oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> ToAsync(string address) =>
        [.. (await DeliverAsync()).Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>The portal address (path and query) of the first link in <paramref name="message"/> to <paramref name="path"/>.</summary>
    public static string LinkTo(MimeMessage message, string path)
    {
        ArgumentNullException.ThrowIfNull(message);
        var link = Url().Matches(message.TextBody ?? "").Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath == path)
                   ?? throw new InvalidOperationException($"No link to {path} in:\n{message.TextBody}");
        return link.PathAndQuery;
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();
}
