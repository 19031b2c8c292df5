using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Mail;

namespace WorkwaysPortal.Web.Infrastructure.Mail;

public static class MailServices
{
    /// <summary>Mail options (validated at start-up), the transport and the background outbox sender.</summary>
    public static IServiceCollection AddPortalMail(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();
        services.AddSingleton<IMailTransportFactory>(provider =>
            new MailTransportFactory(provider.GetRequiredService<IOptions<MailOptions>>().Value, environment.ContentRootPath));
        services.AddSingleton<OutboxMailSender>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxMailSender>());
        return services;
    }
}
