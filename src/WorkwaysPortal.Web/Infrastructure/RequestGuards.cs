using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// Input that no page or endpoint can use, refused before it reaches one (ASVS 1.2, 2.2): a body
/// larger than <see cref="MaxBodyBytes"/> answers 413; a NUL character in the path, in a form field or
/// in an API query parameter (PostgreSQL cannot store it in text, and no one types it) answers 400.
/// A page that needs more says so with <c>[RequestSizeLimit]</c> and <c>[RequestFormLimits]</c>, which the
/// guards honour (they run after routing). Everything else is left to the pages' and endpoints' own
/// validation, which names the field.
/// Refusals are logged as <c>request.rejected</c> security events.
/// </summary>
public static class RequestGuards
{
    /// <summary>The largest request body the portal reads: 1 MB (the longest form, an organization, is a few kilobytes).</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public static IServiceCollection AddPortalRequestLimits(this IServiceCollection services)
    {
        services.Configure<FormOptions>(options =>
        {
            options.ValueLengthLimit = (int)MaxBodyBytes;
            options.MultipartBodyLengthLimit = MaxBodyBytes;
            options.MultipartHeadersLengthLimit = 16 * 1024;
            options.ValueCountLimit = 1024;
            options.KeyLengthLimit = 1024;
        });
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options =>
        {
            options.Limits.MaxRequestBodySize = MaxBodyBytes;

            // No "Server: Kestrel" on the answers: nothing tells a scanner what serves them.
            options.AddServerHeader = false;
        });
        return services;
    }

    public static IApplicationBuilder UseRequestGuards(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // The error page re-executed for a refused request must not be refused again.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
            {
                await next(context);
                return;
            }

            // A page or endpoint may allow more ([RequestSizeLimit], [RequestFormLimits]: a pasted report).
            var request = context.Request;
            var endpoint = context.GetEndpoint();
            var limit = endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } allowed ? allowed.MaxRequestBodySize : MaxBodyBytes;
            if (request.ContentLength > limit)
            {
                Refuse(context, StatusCodes.Status413PayloadTooLarge, "body-too-large");
                return;
            }

            // Bodies sent without a length (chunked) are cut off by the server at the same size.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            if (request.HasFormContentType && endpoint?.Metadata.GetMetadata<IFormOptionsMetadata>() is { } formLimits)
            {
                context.Features.Set<IFormFeature>(new FormFeature(request, FormOptionsFor(context, formLimits)));
            }

            if (HasNul(request.Path.Value))
            {
                Refuse(context, StatusCodes.Status400BadRequest, "nul-character");
                return;
            }

            // Pages treat a query value they cannot use as an unknown filter (the list still shows);
            // the API names the field, as for any other bad parameter.
            if (Api.ApiEndpoints.IsApi(request.Path)
                && request.Query.FirstOrDefault(q => HasNul(q.Key) || q.Value.Any(HasNul)) is { Key: not null } badQuery)
            {
                await RefuseFieldAsync(context, badQuery.Key);
                return;
            }

            if (request.HasFormContentType)
            {
                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(context.RequestAborted);
                }
                catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
                {
                    var tooLarge = e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                                   || e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);
                    Refuse(context, tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, tooLarge ? "form-too-large" : "unreadable-form");
                    return;
                }

                if (form.FirstOrDefault(f => HasNul(f.Key) || f.Value.Any(HasNul)) is { Key: not null } badField)
                {
                    await RefuseFieldAsync(context, badField.Key);
                    return;
                }
            }

            await next(context);
        });

    /// <summary>The portal's form limits with the endpoint's own on top (what MVC would apply when it reads the form).</summary>
    private static FormOptions FormOptionsFor(HttpContext context, IFormOptionsMetadata endpoint)
    {
        var portal = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<FormOptions>>().Value;
        return new FormOptions
        {
            BufferBody = endpoint.BufferBody ?? portal.BufferBody,
            MemoryBufferThreshold = endpoint.MemoryBufferThreshold ?? portal.MemoryBufferThreshold,
            BufferBodyLengthLimit = endpoint.BufferBodyLengthLimit ?? portal.BufferBodyLengthLimit,
            ValueCountLimit = endpoint.ValueCountLimit ?? portal.ValueCountLimit,
            KeyLengthLimit = endpoint.KeyLengthLimit ?? portal.KeyLengthLimit,
            ValueLengthLimit = endpoint.ValueLengthLimit ?? portal.ValueLengthLimit,
            MultipartBoundaryLengthLimit = endpoint.MultipartBoundaryLengthLimit ?? portal.MultipartBoundaryLengthLimit,
            MultipartHeadersCountLimit = endpoint.MultipartHeadersCountLimit ?? portal.MultipartHeadersCountLimit,
            MultipartHeadersLengthLimit = endpoint.MultipartHeadersLengthLimit ?? portal.MultipartHeadersLengthLimit,
            MultipartBodyLengthLimit = endpoint.MultipartBodyLengthLimit ?? portal.MultipartBodyLengthLimit,
        };
    }

    private static bool HasNul(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);

    /// <summary>
    /// A NUL in a field: under <c>/api</c>, 400 problem details naming the field (RFC 9457, as for any other
    /// bad field); for pages the status only, and the status code page explains it.
    /// </summary>
    private static async Task RefuseFieldAsync(HttpContext context, string field)
    {
        if (!Api.ApiEndpoints.IsApi(context.Request.Path))
        {
            Refuse(context, StatusCodes.Status400BadRequest, "nul-character");
            return;
        }

        SecurityEvents.RequestRejected(context, StatusCodes.Status400BadRequest, "nul-character");
        var t = context.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
        var name = field.Replace("\0", "", StringComparison.Ordinal);
        await TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [name.Length == 0 ? "query" : name] = [t["The value must not contain a NUL character."]] },
            title: t["The request has invalid fields."]).ExecuteAsync(context);
    }

    /// <summary>Answers with the status only: the status code pages add the error page or the problem details.</summary>
    private static void Refuse(HttpContext context, int status, string reason)
    {
        SecurityEvents.RequestRejected(context, status, reason);
        context.Response.StatusCode = status;
    }
}
