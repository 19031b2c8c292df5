using MimeKit;
using WorkwaysPortal.Data.Mail;

namespace WorkwaysPortal.Web.Infrastructure.Mail;

/// <summary>One way of delivering messages (an SMTP connection or a pickup folder), opened once per batch.</summary>
public interface IMailTransport : IAsyncDisposable
{
    Task ConnectAsync(CancellationToken ct);

    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>Makes the transport that <see cref="OutboxMailSender"/> uses for one batch.</summary>
public interface IMailTransportFactory
{
    IMailTransport Create();
}

/// <summary>SMTP when <c>Mail:Smtp:Host</c> is set, otherwise .eml files in the pickup folder.</summary>
public sealed class MailTransportFactory(MailOptions options, string contentRoot) : IMailTransportFactory
{
    public IMailTransport Create() =>
        string.IsNullOrWhiteSpace(options.Smtp.Host)
            ? new PickupDirectoryTransport(Path.GetFullPath(options.PickupDirectory, contentRoot))
            : new SmtpMailTransport(options.Smtp);
}
