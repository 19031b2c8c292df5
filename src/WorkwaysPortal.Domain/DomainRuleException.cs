namespace WorkwaysPortal.Domain;

/// <summary>
/// A business rule refused an action. The message is an English sentence that the UI translates,
/// so it must be written for the user, not for the developer; <see cref="Arguments"/> fill its
/// placeholders once translated.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message) : base(message)
    {
    }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public DomainRuleException(string message, IReadOnlyList<object> arguments) : base(message)
    {
        Arguments = arguments ?? [];
    }

    public DomainRuleException()
    {
    }

    /// <summary>The values of the message's placeholders ({0}, {1}…).</summary>
    public IReadOnlyList<object> Arguments { get; } = [];
}
