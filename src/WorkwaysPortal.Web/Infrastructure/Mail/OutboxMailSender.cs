using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Data.Telemetry;

namespace WorkwaysPortal.Web.Infrastructure.Mail;

/// <summary>What one pass of the sender did.</summary>
public readonly record struct MailSendResult(int Sent, int Failed)
{
    public static MailSendResult None { get; }

    public static MailSendResult operator +(MailSendResult a, MailSendResult b) => new(a.Sent + b.Sent, a.Failed + b.Failed);

    public static MailSendResult Add(MailSendResult a, MailSendResult b) => a + b;
}

/// <summary>
/// Delivers the mail outbox. Every <see cref="MailOptions.PollInterval"/> it claims small batches of
/// unsent messages with <c>SELECT … FOR UPDATE SKIP LOCKED</c>, so several portal instances can run it
/// at once without sending a message twice, sends them, and records each as sent or failed (attempts
/// and last error) in the same transaction. A message that failed <see cref="MailOptions.MaxAttempts"/>
/// times is given up and stays in the outbox with its last error. After a pass in which nothing could be
/// sent the loop waits longer each time (up to 15 minutes), so an SMTP outage does not use up attempts.
/// Delivery is at least once: a crash between sending and committing sends that batch again.
/// </summary>
public sealed partial class OutboxMailSender(
    IServiceScopeFactory scopes,
    IMailTransportFactory transports,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<OutboxMailSender> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(15);

    private MailOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.Enabled)
        {
            LogDisabled();
            return;
        }

        var delay = Options.PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = await SendPendingAsync(stoppingToken);
                delay = result.Failed > 0 && result.Sent == 0 ? Longer(delay) : Options.PollInterval;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database is down, say: the host keeps running and the next pass tries again.
                LogPassFailed(e);
                delay = Longer(delay);
            }

            try
            {
                await Task.Delay(delay, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Sends every message that is due now, batch by batch, and returns how many were sent and how many
    /// failed. Delivery failures are recorded on the messages, never thrown; each message is tried at
    /// most once per call.
    /// </summary>
    public async Task<MailSendResult> SendPendingAsync(CancellationToken ct)
    {
        var total = MailSendResult.None;
        var tried = new List<long>();
        while (!ct.IsCancellationRequested)
        {
            var (claimed, result, stop) = await SendBatchAsync(tried, ct);
            total += result;
            if (stop || claimed < Options.BatchSize)
            {
                break;
            }
        }

        return total;
    }

    private async Task<(int Claimed, MailSendResult Result, bool Stop)> SendBatchAsync(List<long> tried, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var skip = tried.ToArray();
            var batch = await db.OutboxEmails
                .FromSql($"""
                    SELECT * FROM outbox_emails
                    WHERE sent_at IS NULL AND attempts < {Options.MaxAttempts} AND NOT (id = ANY({skip}))
                    ORDER BY created_at, id
                    LIMIT {Options.BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                return (0, MailSendResult.None, true);
            }

            tried.AddRange(batch.Select(m => m.Id));
            var (result, stop) = await DeliverAsync(batch, ct);

            // What was handed over is recorded even when the host is stopping.
            await db.SaveChangesAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            return (batch.Count, result, stop);
        });
    }

    private async Task<(MailSendResult Result, bool Stop)> DeliverAsync(List<OutboxEmail> batch, CancellationToken ct)
    {
        await using var transport = transports.Create();
        try
        {
            await transport.ConnectAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The server cannot be reached: every message of the batch was attempted and failed.
            LogConnectFailed(e, batch.Count);
            foreach (var message in batch)
            {
                Fail(message, e);
            }

            return (new MailSendResult(0, batch.Count), true);
        }

        int sent = 0, failed = 0;
        foreach (var message in batch)
        {
            if (ct.IsCancellationRequested)
            {
                return (new MailSendResult(sent, failed), true);
            }

            try
            {
                await transport.SendAsync(ToMime(message), ct);
                message.MarkSent(clock.GetUtcNow());
                sent++;
                PortalMetrics.MailSent.Add(1);
                LogSent(message.Id);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return (new MailSendResult(sent, failed), true);
            }
            catch (Exception e) when (e is SmtpCommandException or ParseException or ArgumentException)
            {
                // This message was refused (a bad address, say); the others may still go.
                Fail(message, e);
                failed++;
            }
            catch (Exception e)
            {
                // The connection or the folder broke: leave the rest of the batch for the next pass.
                Fail(message, e);
                failed++;
                return (new MailSendResult(sent, failed), true);
            }
        }

        return (new MailSendResult(sent, failed), false);
    }

    private void Fail(OutboxEmail message, Exception e)
    {
        message.MarkFailed($"{e.GetType().Name}: {e.Message}");
        PortalMetrics.MailFailures.Add(1, new KeyValuePair<string, object?>("error", e.GetType().Name));
        if (message.Attempts >= Options.MaxAttempts)
        {
            LogGivenUp(message.Id, message.Attempts, e.GetType().Name);
        }
        else
        {
            LogFailed(message.Id, message.Attempts, e.GetType().Name);
        }
    }

    private MimeMessage ToMime(OutboxEmail email)
    {
        var from = MailboxAddress.Parse(Options.From);
        var message = new MimeMessage { MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(from.Domain) };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Subject = email.Subject;
        message.Date = email.CreatedAt;
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Workways-Outbox-Id", email.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // No transfer encoding here: the .eml files stay readable as text, and MailKit picks one the SMTP server accepts.
        var body = new TextPart(MimeKit.Text.TextFormat.Plain);
        body.SetText("utf-8", email.Body);
        message.Body = body;
        return message;
    }

    private static TimeSpan Longer(TimeSpan delay) => delay * 2 > MaxBackoff ? MaxBackoff : delay * 2;

    [LoggerMessage(Level = LogLevel.Information, Message = "The mail sender is disabled (Mail:Enabled is false)")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sent outbox email {OutboxEmailId}")]
    private partial void LogSent(long outboxEmailId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open the mail transport; {Count} messages will be retried")]
    private partial void LogConnectFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox email {OutboxEmailId} failed (attempt {Attempts}): {ErrorType}")]
    private partial void LogFailed(long outboxEmailId, int attempts, string errorType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox email {OutboxEmailId} was given up after {Attempts} attempts: {ErrorType}")]
    private partial void LogGivenUp(long outboxEmailId, int attempts, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A pass of the mail sender failed; it will try again later")]
    private partial void LogPassFailed(Exception exception);
}
