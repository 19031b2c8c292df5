using Microsoft.Extensions.Options;
using MimeKit;
using WorkwaysPortal.Data.Mail;

namespace WorkwaysPortal.Web.Infrastructure.Mail;

/// <summary>Refuses to start with a mail configuration that could not work (checked at start-up).</summary>
public sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (!MailboxAddress.TryParse(options.From, out _))
        {
            errors.Add("Mail:From must be an email address, optionally with a display name (\"Workways Portal <no-reply@example.org>\").");
        }

        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            errors.Add("Mail:PublicBaseUrl must be an absolute http:// or https:// address.");
        }

        if (options.PollInterval <= TimeSpan.Zero || options.PollInterval > TimeSpan.FromHours(1))
        {
            errors.Add("Mail:PollInterval must be between 00:00:00.001 and 01:00:00.");
        }

        if (options.MaxAttempts is < 1 or > 100)
        {
            errors.Add("Mail:MaxAttempts must be between 1 and 100.");
        }

        if (options.BatchSize is < 1 or > 500)
        {
            errors.Add("Mail:BatchSize must be between 1 and 500.");
        }

        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            if (string.IsNullOrWhiteSpace(options.PickupDirectory))
            {
                errors.Add("Mail:PickupDirectory is required when Mail:Smtp:Host is not set.");
            }
        }
        else
        {
            if (options.Smtp.Port is < 1 or > 65535)
            {
                errors.Add("Mail:Smtp:Port must be between 1 and 65535.");
            }

            if (options.Smtp.Timeout <= TimeSpan.Zero)
            {
                errors.Add("Mail:Smtp:Timeout must be positive.");
            }

            if (string.IsNullOrEmpty(options.Smtp.UserName) && !string.IsNullOrEmpty(options.Smtp.Password))
            {
                errors.Add("Mail:Smtp:Password is set but Mail:Smtp:UserName is not.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
