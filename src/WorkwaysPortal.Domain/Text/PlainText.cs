namespace WorkwaysPortal.Domain.Text;

/// <summary>
/// What free text typed by people may hold: any character but the control characters (other than tab,
/// line feed and carriage return) and UTF-16 surrogates that do not form a pair. Those never come from
/// a keyboard; they break exports, logs and other people's screens, and PostgreSQL cannot store NUL.
/// </summary>
public static class PlainText
{
    public static bool IsAllowed(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return false;
            }
        }

        return true;
    }
}
