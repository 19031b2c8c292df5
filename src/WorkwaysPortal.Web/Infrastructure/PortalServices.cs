using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Data.Alerts;
using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Documents;
using WorkwaysPortal.Web.Features;
using WorkwaysPortal.Web.Features.Account;
using WorkwaysPortal.Web.Infrastructure.Caching;
using WorkwaysPortal.Web.Infrastructure.Mail;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>How the portal is put together: services in <see cref="AddPortal"/>, the pipeline in <see cref="UsePortal"/>.</summary>
public static class PortalServices
{
    public static IServiceCollection AddPortal(
        this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment, string connectionString)
    {
        services.AddSerilog((provider, logger) => logger
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext());

        // ConnectionStrings:PortalReadOnly (optional): a streaming standby for the read-only paths (PortalReads).
        services.AddPortalData(connectionString, configuration.GetConnectionString(ReadReplica.ConnectionStringName));
        services.AddPortalReadYourWrites(configuration);
        services.AddPortalDocuments();
        services.AddPortalScaleOut(configuration);
        services.AddPortalMail(configuration, environment);
        services.AddPortalPublicOrigin(configuration, environment);
        services.AddPortalTelemetry(configuration);
        services.AddPortalMatching(configuration);
        services.AddPortalAlerts(configuration);
        services.AddHostedService<Alerts.AlertBackgroundService>();
        services.AddPortalRateLimits(configuration);
        services.AddPortalRequestLimits();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new StoredTextConverter());

            // ASP.NET Core's default for APIs writes < > & ' as they are; escape them (\u003C…), so that no
            // stored or reflected markup survives in a JSON answer even if one is ever read as HTML.
            // Accented letters stay as they are.
            options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });

        // Notifications leave out the person who acted: the signed-in user.
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Scoped<ICurrentUser, HttpCurrentUser>());

        services.AddIdentity<ApplicationUser, IdentityRole<Guid>>(DataServiceCollectionExtensions.ConfigureIdentity)
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddPortalPasswordPolicy()
            .AddClaimsPrincipalFactory<PortalClaims>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();
        services.AddAccount(configuration);
        // Cookies travel only over HTTPS unless Portal:RequireHttps is false (Development, Testing, the compose demo).
        var secureCookies = services.AddPortalTransportSecurity(configuration);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.Cookie.Name = "workways.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secureCookies;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = AccountFeature.SessionLifetime;
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            // A refusal answers 403 where it happened (the error page explains it), rather than redirecting.
            // A privileged account without a second factor is sent to set one up instead (SecondFactor).
            options.Events.OnRedirectToAccessDenied = async context =>
            {
                if (!await SecondFactor.RefuseUntilEnrolledAsync(context.HttpContext, context.Request.PathBase + context.Request.Path + context.Request.QueryString))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                }
            };
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "workways.antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secureCookies;
        });
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secureCookies;
        });

        services.AddPortalApiAuthentication();
        services.AddAuthorization(Policies.Configure);
        services.AddPortalFeatures();
        services.AddScoped<Exports.ExportAudit>();

        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(PortalCultures.Configure);
        services.AddRazorPages(options =>
            {
                // A feature is one folder: its pages, API, queries and rules side by side (docs/architecture.md).
                options.RootDirectory = "/Features";
                // Whole folders belong to one policy, whatever pages are added to them later (ASVS 8.2.1).
                options.Conventions.AuthorizeFolder("/Moderation", Policies.Moderation);
                options.Conventions.AuthorizeFolder("/Staff", Policies.Staff);
                options.Conventions.AuthorizeFolder("/Sessions", Policies.Staff);
                options.Conventions.AuthorizeFolder("/Admin", Policies.Staff);
                options.Conventions.AuthorizeFolder("/Admin/Users", Policies.Admin);
                options.Conventions.ConfigureFilter(new UnknownPageHandler());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>(LocalizeModelBindingMessages);
        services.Configure<MvcOptions>(options => options.ModelBinderProviders.Insert(0, new BooleanModelBinderProvider()));

        // Accented Spanish text stays readable in the HTML; Razor still encodes markup characters.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails(options => options.CustomizeProblemDetails = DatabaseOutage.Describe);

        // A body or parameter a minimal API cannot bind is a 400 with problem details in every
        // environment (Development would otherwise throw it as an exception).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database", tags: ["ready"]);

        services.AddPublicPageCache(configuration);

        // HTML and JSON compressed on the fly (Brotli first, fastest level); static assets are served
        // pre-compressed by MapStaticAssets, and responses that already have an encoding are left alone.
        services.AddResponseCompression(options =>
        {
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "application/json", "application/problem+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Security headers on every response, whatever answers it (error pages, 404s, static files, refusals).
        app.UseSecurityHeaders();

        // First of the rest, so that the client address and scheme the proxy saw are used by everything after it.
        app.UsePortalForwardedHeaders();

        // Outside the error handling, so that a refusal re-rendered as the error page is logged once.
        app.UseAccessDeniedLog();
        app.UseWhen(
            context => ApiEndpoints.IsApi(context.Request.Path),
            api =>
            {
                api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = DatabaseOutage.StatusCodeFor });
                api.UseStatusCodePages();
            });
        app.UseWhen(
            context => !ApiEndpoints.IsApi(context.Request.Path),
            pages =>
            {
                pages.UseExceptionHandler(new ExceptionHandlerOptions
                {
                    ExceptionHandlingPath = "/Error",
                    StatusCodeSelector = DatabaseOutage.StatusCodeFor,
                });
                pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
            });
        // Plain http redirected to https and HSTS, unless Portal:RequireHttps is false.
        app.UsePortalTransportSecurity();

        app.UseRequestLocalization();
        app.UseRememberedQueryCulture();
        app.UsePortalRequestLogging();
        app.UseRouting();

        // After routing, so that a page's own [RequestSizeLimit] and [RequestFormLimits] are honoured.
        app.UseRequestGuards();
        app.UseAuthentication();

        // With a standby: a request that wrote sends its person's next reads to the primary for a few seconds.
        app.UseReadYourWrites();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        // After authentication (signed-in visitors are never served from the cache) and localization
        // (entries vary by culture); before compression, so the cache keeps compressed bodies.
        app.UseOutputCache();
        app.UseResponseCompression();

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapPortalApi();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (ApiEndpoints.IsApi(context.Request.Path))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        // A relative address: the request's Host header is never written back into a redirect.
        var target = new Uri(context.RedirectUri, UriKind.RelativeOrAbsolute);
        context.Response.Redirect(target.IsAbsoluteUri ? target.PathAndQuery : context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void LocalizeModelBindingMessages(MvcOptions options, IStringLocalizerFactory factory)
    {
        var t = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => t["The value \"{0}\" is not valid for {1}.", value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => t["A value for {0} is required.", field]);
        messages.SetMissingKeyOrValueAccessor(() => t["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => t["A request body is required."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["The value \"{0}\" is not valid.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["The value is not valid."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => t["The value must be a number."]);
        messages.SetUnknownValueIsInvalidAccessor(field => t["The value for {0} is not valid.", field]);
        messages.SetValueIsInvalidAccessor(value => t["The value \"{0}\" is not valid.", value]);
        messages.SetValueMustBeANumberAccessor(field => t["{0} must be a number.", field]);
        messages.SetValueMustNotBeNullAccessor(value => t["A value is required."]);
    }
}
