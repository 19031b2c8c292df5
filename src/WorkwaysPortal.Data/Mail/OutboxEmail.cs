namespace WorkwaysPortal.Data.Mail;

/// <summary>
/// An email waiting to be sent. It is written in the same transaction as the action that caused it,
/// so a failed action sends nothing and a committed one is never forgotten; the mail sender
/// delivers it afterwards (SMTP, or a pickup folder when no SMTP server is configured).
/// </summary>
public sealed class OutboxEmail
{
    private OutboxEmail()
    {
    }

    public long Id { get; private set; }
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    public static OutboxEmail Create(string to, string subject, string body, DateTimeOffset now) =>
        new() { To = to, Subject = subject, Body = body, CreatedAt = now };

    public void MarkSent(DateTimeOffset now) => SentAt = now;

    public void MarkFailed(string error)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
    }
}
