namespace WorkwaysPortal.Cli;

/// <summary>The command was refused for a reason the user can fix; the message is shown as is, on one line.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliException()
    {
    }
}
