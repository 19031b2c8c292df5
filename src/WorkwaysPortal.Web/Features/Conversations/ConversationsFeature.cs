namespace WorkwaysPortal.Web.Features.Conversations;

public static class ConversationsFeature
{
    /// <summary>Conversations between organizations: how they read, every change to them, and their rate limits (section <c>Conversations</c>).</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddScoped<ConversationQueries>();
        services.AddScoped<ConversationActions>();
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section)
            .Validate(o => o.MessagesPerAccountPerHour > 0 && o.MessagesPerOrganizationPerDay > 0, "Conversations: the message limits must be positive.")
            .ValidateOnStart();
        return services;
    }
}
