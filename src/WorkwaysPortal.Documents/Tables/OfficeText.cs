using System.Text;
using System.Xml;

namespace WorkwaysPortal.Documents.Tables;

/// <summary>Text for an XML document (the Office exports): characters XML cannot hold are left out rather than failing the export.</summary>
internal static class OfficeText
{
    public static string Keep(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
        }

        return kept.ToString();
    }
}
