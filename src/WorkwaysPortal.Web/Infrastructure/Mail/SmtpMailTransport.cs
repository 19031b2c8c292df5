using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using WorkwaysPortal.Data.Mail;

namespace WorkwaysPortal.Web.Infrastructure.Mail;

/// <summary>Sends through an SMTP server with MailKit: one connection (and sign-in) per batch.</summary>
public sealed class SmtpMailTransport(SmtpOptions options) : IMailTransport
{
    private readonly SmtpClient _client = new() { Timeout = (int)options.Timeout.TotalMilliseconds };

    public async Task ConnectAsync(CancellationToken ct)
    {
        var security = options.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto;
        await _client.ConnectAsync(options.Host ?? throw new InvalidOperationException("Mail:Smtp:Host is not set."), options.Port, security, ct);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await _client.AuthenticateAsync(options.UserName, options.Password ?? "", ct);
        }
    }

    public async Task SendAsync(MimeMessage message, CancellationToken ct) => await _client.SendAsync(message, ct);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: true);
            }
        }
        catch (Exception e) when (e is IOException or MailKit.ProtocolException or OperationCanceledException)
        {
            // The server went away after the messages were handed over; nothing is lost.
        }
        finally
        {
            _client.Dispose();
        }
    }
}
