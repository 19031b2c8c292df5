namespace WorkwaysPortal.Data.Mail;

/// <summary>
/// How the portal sends email (configuration section <c>Mail</c>). Without <see cref="SmtpOptions.Host"/>
/// messages are written as .eml files into <see cref="PickupDirectory"/>, so development needs no mail server.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>Whether the background sender runs in this process (tests turn it off and call it themselves).</summary>
    public bool Enabled { get; set; } = true;

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The sender of every message, as an address with an optional display name.</summary>
    public string From { get; set; } = "Workways Portal <no-reply@workways.local>";

    /// <summary>Where .eml files go when no SMTP host is configured; relative to the content root.</summary>
    public string PickupDirectory { get; set; } = "mail-pickup";

    /// <summary>How often the sender looks for unsent messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The portal's public address; links in emails are relative to it.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>After this many failed attempts a message is given up (it stays in the outbox with its last error).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How many messages one transaction claims and sends.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>An absolute link to a path of the portal, such as <c>/Proposals/12</c>.</summary>
    public Uri Link(string path) => new($"{PublicBaseUrl.TrimEnd('/')}/{path.TrimStart('/')}", UriKind.Absolute);
}

/// <summary>The SMTP server (section <c>Mail:Smtp</c>); leave <see cref="Host"/> empty to use the pickup folder.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Require STARTTLS; when false, TLS is used if the server offers it (and implicit TLS on port 465).</summary>
    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>How long one SMTP operation may take before it fails.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
