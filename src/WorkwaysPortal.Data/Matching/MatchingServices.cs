using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Domain.Matching;

namespace WorkwaysPortal.Data.Matching;

public static class MatchingServices
{
    /// <summary>The matching options (section <c>Matching</c>, validated at start-up), the scorer and the matcher.</summary>
    public static IServiceCollection AddPortalMatching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MatchingOptions>().Bind(configuration.GetSection(MatchingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MatchingOptions>, MatchingOptionsValidator>();
        services.AddSingleton(provider => new MatchScorer(provider.GetRequiredService<IOptions<MatchingOptions>>().Value));
        services.AddScoped<PartnerMatcher>();
        return services;
    }
}

/// <summary>Refuses to start with matching options that could not work (see <see cref="MatchingOptions.Problems"/>).</summary>
public sealed class MatchingOptionsValidator : IValidateOptions<MatchingOptions>
{
    public ValidateOptionsResult Validate(string? name, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
