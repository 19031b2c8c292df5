namespace WorkwaysPortal.Domain;

/// <summary>
/// A business rule refused an action. The message is an English sentence that the UI translates,
/// so it must be written for the user, not for the developer.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message) : base(message)
    {
    }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public DomainRuleException()
    {
    }
}
