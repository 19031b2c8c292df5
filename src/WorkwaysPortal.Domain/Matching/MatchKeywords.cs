using System.Globalization;
using System.Text;

namespace WorkwaysPortal.Domain.Matching;

/// <summary>
/// The key words of a description, in English, Spanish, French or Portuguese: what PostgreSQL looks for in
/// candidates' descriptions to measure text similarity. Words shorter than four letters, common words of the
/// four languages, and words that nearly every description in a migration directory uses
/// ("migrants", "organización") are left out; the rest are ranked by how often they occur, then by
/// where they first occur. Accents are removed, as in the search index.
/// </summary>
public static class MatchKeywords
{
    private const int MinLength = 4;

    private static readonly HashSet<string> StopWords = new(
        """
        about above after again against also among because been before being below between both cannot could does doing down
        during each from further have having here itself just more most must only other over same should some such than that
        their theirs them then there these they this those through under until very were what when where which while whom
        will with within without would your yours into onto upon across along around many much well like make makes made
        including include includes based need needs help helps helping offer offers seek seeks works working
        aims through towards toward them ours ourselves every each either neither where whose
        para pero como porque cuando donde desde hasta entre sobre tras durante mediante segun contra hacia
        este esta esto estos estas ese esa eso esos esas aquel aquella aquellos aquellas
        ellos ellas nosotros nosotras ustedes usted suyo suya suyos suyas nuestro nuestra nuestros nuestras
        todo toda todos todas otro otra otros otras mismo misma mismos mismas cada mucho mucha muchos muchas
        poco poca pocos pocas tanto tanta tantos tantas algun alguna algunos algunas ningun ninguna
        tiene tienen tener hace hacen hacer puede pueden poder debe deben deber esta estan estar siendo sido
        sera seran habia haber hemos han fueron fue eran tambien ademas menos mejor mayor muy solo sino
        cual cuales quien quienes cuyo cuya donde mientras aunque desde ante bajo cabe segun
        busca buscan ofrece ofrecen trabaja trabajan apoya apoyan ayuda ayudan
        dans pour avec cette elle elles leur leurs nous vous sont aussi mais comme tout tous toutes etre entre
        chez sans sous vers depuis selon ainsi autres autre plus tres dont leurs cherche offre travaille
        quando muito muita muitos muitas tambem pelo pela pelos pelas atraves mais seus suas esse essa isso
        sem entre nosso nossa nossos nossas outro outra outros outras busca oferece trabalha apoia ajuda
        migrants migratoire migratoires personnes personne organisation organisations pays
        migratorio migratoria pessoas pessoa organizacao organizacoes
        migrant migrants migration migratory migrante migrantes migracion migraciones migratoria migratorio migratorias migratorios
        people persons person personas persona organization organizations organisation organizacion organizaciones
        country countries pais paises region regional regiones
        """.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>Up to <paramref name="max"/> key words of the texts, lower case and without accents, most frequent first.</summary>
    public static IReadOnlyList<string> From(int max, params string?[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var position = 0;
        foreach (var text in texts)
        {
            foreach (var word in Words(text ?? ""))
            {
                position++;
                if (word.Length < MinLength || StopWords.Contains(word))
                {
                    continue;
                }

                counts[word] = counts.TryGetValue(word, out var seen) ? (seen.Count + 1, seen.First) : (1, position);
            }
        }

        return
        [
            .. counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).Take(Math.Max(0, max)).Select(c => c.Key),
        ];
    }

    /// <summary>The key words as a PostgreSQL web-search query: any of them (<c>a OR b OR c</c>).</summary>
    public static string AsQuery(IReadOnlyList<string> keywords)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        return string.Join(" OR ", keywords);
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
