using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Testing;
using WorkwaysPortal.Web.Infrastructure.Mail;

namespace WorkwaysPortal.IntegrationTests.Infrastructure.Mail;

/// <summary>The outbox sender: pickup folder, SMTP failures, giving up, and several senders at once.</summary>
public sealed class OutboxMailSenderTests(PortalDatabaseFixture database) : PortalTest(database), IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"workways-mail-{Guid.NewGuid():N}");

    private OutboxMailSender Sender(MailOptions options, IMailTransportFactory? transports = null) =>
        new(
            App.Services.GetRequiredService<IServiceScopeFactory>(),
            transports ?? new MailTransportFactory(options, _folder),
            Options.Create(options),
            TimeProvider.System,
            NullLogger<OutboxMailSender>.Instance);

    private MailOptions Pickup(string? folder = null, int batchSize = 20) =>
        new() { PickupDirectory = folder ?? Path.Combine(_folder, "pickup"), BatchSize = batchSize };

    private async Task<List<long>> OutboxAsync(int count, string to = "delegate@example.org")
    {
        await using var db = Database.CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        var emails = Enumerable.Range(1, count)
            .Select(i => OutboxEmail.Create(to, $"Proposal approved / Propuesta aprobada: Número {i}", $"Body {i}\nCuerpo {i} — ñ", now.AddMilliseconds(i)))
            .ToList();
        db.OutboxEmails.AddRange(emails);
        await db.SaveChangesAsync();
        return [.. emails.Select(e => e.Id)];
    }

    private Task<List<OutboxEmail>> RowsAsync() => Data.QueryAsync(db => db.OutboxEmails.AsNoTracking().OrderBy(e => e.Id).ToListAsync());

    private static async Task<List<MimeMessage>> ReadFolderAsync(string folder)
    {
        var messages = new List<MimeMessage>();
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [];
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            messages.Add(await MimeMessage.LoadAsync(file));
        }

        return messages;
    }

    private static long OutboxId(MimeMessage message) => long.Parse(message.Headers["X-Workways-Outbox-Id"]!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A port on 127.0.0.1 where nothing listens.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task Without_an_SMTP_host_messages_are_written_as_eml_files_to_the_pickup_folder()
    {
        var ids = await OutboxAsync(3);
        var options = Pickup();

        var result = await Sender(options).SendPendingAsync(CancellationToken.None);

        Assert.Equal(new MailSendResult(3, 0), result);
        var messages = await ReadFolderAsync(options.PickupDirectory);
        Assert.Equal(3, messages.Count);
        Assert.Equal(ids, messages.Select(OutboxId).Order());
        var first = messages.Single(m => OutboxId(m) == ids[0]);
        Assert.Equal("delegate@example.org", first.To.Mailboxes.Single().Address);
        Assert.Equal("no-reply@workways.local", first.From.Mailboxes.Single().Address);
        Assert.Equal("Proposal approved / Propuesta aprobada: Número 1", first.Subject);
        Assert.Equal("Body 1\nCuerpo 1 — ñ", first.TextBody!.ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Empty(Directory.GetFiles(options.PickupDirectory, "*.tmp"));
        Assert.All(await RowsAsync(), row =>
        {
            Assert.NotNull(row.SentAt);
            Assert.Equal(0, row.Attempts);
        });
    }

    [Fact]
    public async Task A_sent_message_is_not_sent_again()
    {
        await OutboxAsync(2);
        var options = Pickup();
        var sender = Sender(options);

        await sender.SendPendingAsync(CancellationToken.None);
        var second = await sender.SendPendingAsync(CancellationToken.None);

        Assert.Equal(MailSendResult.None, second);
        Assert.Equal(2, Directory.GetFiles(options.PickupDirectory, "*.eml").Length);
    }

    [Fact]
    public async Task Many_messages_go_out_in_several_small_batches()
    {
        await OutboxAsync(7);
        var options = Pickup(batchSize: 3);

        var result = await Sender(options).SendPendingAsync(CancellationToken.None);

        Assert.Equal(new MailSendResult(7, 0), result);
        Assert.All(await RowsAsync(), row => Assert.NotNull(row.SentAt));
    }

    [Fact]
    public async Task An_unreachable_SMTP_server_records_the_failure_on_each_message_and_throws_nothing()
    {
        await OutboxAsync(2);
        var options = new MailOptions { Smtp = new SmtpOptions { Host = "127.0.0.1", Port = ClosedPort(), UseStartTls = false, Timeout = TimeSpan.FromSeconds(5) } };

        var result = await Sender(options).SendPendingAsync(CancellationToken.None);

        Assert.Equal(new MailSendResult(0, 2), result);
        Assert.All(await RowsAsync(), row =>
        {
            Assert.Null(row.SentAt);
            Assert.Equal(1, row.Attempts);
            Assert.False(string.IsNullOrWhiteSpace(row.LastError));
        });
    }

    [Fact]
    public async Task A_message_is_given_up_after_the_maximum_number_of_attempts()
    {
        await OutboxAsync(1);
        var options = new MailOptions { MaxAttempts = 2, Smtp = new SmtpOptions { Host = "127.0.0.1", Port = ClosedPort(), UseStartTls = false } };
        var sender = Sender(options);

        await sender.SendPendingAsync(CancellationToken.None);
        await sender.SendPendingAsync(CancellationToken.None);
        var third = await sender.SendPendingAsync(CancellationToken.None);

        Assert.Equal(MailSendResult.None, third);
        var row = Assert.Single(await RowsAsync());
        Assert.Equal(2, row.Attempts);
        Assert.Null(row.SentAt);
    }

    [Fact]
    public async Task A_message_with_an_invalid_address_fails_alone_and_the_others_are_sent()
    {
        await OutboxAsync(1, to: "not an address");
        await OutboxAsync(2);
        var options = Pickup();

        var result = await Sender(options).SendPendingAsync(CancellationToken.None);

        Assert.Equal(new MailSendResult(2, 1), result);
        var rows = await RowsAsync();
        Assert.Equal(1, rows[0].Attempts);
        Assert.Null(rows[0].SentAt);
        Assert.All(rows.Skip(1), row => Assert.NotNull(row.SentAt));
    }

    [Fact]
    public async Task A_second_sender_skips_the_messages_a_first_sender_is_sending()
    {
        var ids = await OutboxAsync(8);
        var blocking = new BlockingTransportFactory();
        var first = Sender(new MailOptions { BatchSize = 5 }, blocking);
        var secondOptions = Pickup();

        // The first sender claims the five oldest and stops inside its first delivery, holding their locks.
        var firstRun = first.SendPendingAsync(CancellationToken.None);
        await blocking.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var secondResult = await Sender(secondOptions).SendPendingAsync(CancellationToken.None);
        blocking.Release.SetResult();
        var firstResult = await firstRun.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(new MailSendResult(3, 0), secondResult);
        Assert.Equal(new MailSendResult(5, 0), firstResult);
        var sentBySecond = (await ReadFolderAsync(secondOptions.PickupDirectory)).Select(OutboxId).ToList();
        Assert.Equal(ids[5..], sentBySecond.Order());
        Assert.Equal(ids[..5], blocking.Sent.Order());
        Assert.All(await RowsAsync(), row => Assert.NotNull(row.SentAt));
    }

    [Fact]
    public async Task Two_senders_running_at_once_send_each_message_exactly_once()
    {
        var ids = await OutboxAsync(40);
        var a = Pickup(Path.Combine(_folder, "a"), batchSize: 3);
        var b = Pickup(Path.Combine(_folder, "b"), batchSize: 3);

        var results = await Task.WhenAll(
            Task.Run(() => Sender(a).SendPendingAsync(CancellationToken.None)),
            Task.Run(() => Sender(b).SendPendingAsync(CancellationToken.None)));

        Assert.Equal(40, results.Sum(r => r.Sent));
        var sent = (await ReadFolderAsync(a.PickupDirectory)).Concat(await ReadFolderAsync(b.PickupDirectory)).Select(OutboxId).ToList();
        Assert.Equal(ids, sent.Order());
    }

    [Fact]
    public async Task The_background_service_sends_on_its_own_when_enabled()
    {
        await OutboxAsync(1);
        var transports = new RecordingTransportFactory();
        var sender = Sender(new MailOptions { Enabled = true, PollInterval = TimeSpan.FromMinutes(10) }, transports);

        await sender.StartAsync(CancellationToken.None);
        var message = await transports.First.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await sender.StopAsync(CancellationToken.None);

        Assert.Equal("delegate@example.org", message.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task The_background_service_does_nothing_when_disabled()
    {
        await OutboxAsync(1);
        var transports = new RecordingTransportFactory();
        var sender = Sender(new MailOptions { Enabled = false }, transports);

        await sender.StartAsync(CancellationToken.None);
        await sender.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));
        await sender.StopAsync(CancellationToken.None);

        Assert.False(transports.First.Task.IsCompleted);
        Assert.Null(Assert.Single(await RowsAsync()).SentAt);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Stops in its first delivery until released, and records what it sent.</summary>
    private sealed class BlockingTransportFactory : IMailTransportFactory, IMailTransport
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public List<long> Sent { get; } = [];

        public IMailTransport Create() => this;

        public Task ConnectAsync(CancellationToken ct) => Task.CompletedTask;

        public async Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            Started.TrySetResult();
            await Release.Task.WaitAsync(ct);
            Sent.Add(OutboxId(message));
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class RecordingTransportFactory : IMailTransportFactory, IMailTransport
    {
        public TaskCompletionSource<MimeMessage> First { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IMailTransport Create() => this;

        public Task ConnectAsync(CancellationToken ct) => Task.CompletedTask;

        public Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            First.TrySetResult(message);
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
