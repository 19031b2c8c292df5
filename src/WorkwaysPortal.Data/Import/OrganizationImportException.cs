namespace WorkwaysPortal.Data.Import;

/// <summary>
/// An import file was refused; nothing was written. <see cref="Exception.Message"/> is the first
/// problem on one line; <see cref="Errors"/> lists every problem found, in file order.
/// </summary>
public sealed class OrganizationImportException : Exception
{
    public OrganizationImportException(IReadOnlyList<ImportError> errors)
        : base(FirstMessage(errors))
    {
        Errors = errors;
    }

    public OrganizationImportException(ImportError error)
        : this([error])
    {
    }

    public OrganizationImportException()
        : this("The import file was refused.")
    {
    }

    public OrganizationImportException(string message)
        : base(message)
    {
        Errors = [];
    }

    public OrganizationImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<ImportError> Errors { get; }

    private static string FirstMessage(IReadOnlyList<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count > 0 ? errors[0].Format() : "The import file was refused.";
    }
}
