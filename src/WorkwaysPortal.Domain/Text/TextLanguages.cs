namespace WorkwaysPortal.Domain.Text;

/// <summary>
/// The languages a record's texts (an organization's name and description, a gap's or an initiative's title and
/// description) may be written in, by their two-letter codes: the portal's languages. Search stems each record in
/// its own language (ADR 011). When nobody says which language a text is in, <see cref="Detect"/> guesses it by
/// counting the common words (articles, prepositions, conjunctions) of each language; <see cref="Choose"/> falls
/// in the description first, then in the title, and falls back to the organization's first working language among
/// these, then to English.
/// </summary>
/// <remarks>
/// The detector is a few microseconds a text, so that imports of a million organizations can run it on every row
/// (a statistical detector such as Lingua spends milliseconds on a description, and ships 70 MB of models). The
/// migration <c>TextLanguages</c> runs the same rule in SQL over the rows that existed before it: words are the runs
/// of the letters a–z once the text is lower-cased and its accents removed (anything else separates words), and
/// the lists below are copied there. A change to either is a change to both, or a reason for a new migration.
/// </remarks>
public static class TextLanguages
{
    public const string English = "en";
    public const string Spanish = "es";
    public const string French = "fr";
    public const string Portuguese = "pt";

    public const int CodeLength = 2;

    /// <summary>The codes, English (the fallback) first.</summary>
    public static IReadOnlyList<string> All { get; } = [English, Spanish, French, Portuguese];

    /// <summary>
    /// The common words of each language, lower case and without accents. A word may belong to several languages
    /// (<c>de</c>, <c>que</c>); it then counts for each, and the words that belong to one language decide.
    /// </summary>
    public static IReadOnlyDictionary<string, string> StopWords { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [English] = """
            the and of to in for with on by from that this these those is are was were be been being has have had it its
            their they them we our us which who whose an at as or not but into through about between across also more
            other such than all can will would should may each both within while where there what how you your
            """,
        [Spanish] = """
            de la que el en y los las del al se por un una unos unas para con no su sus lo como mas pero le les o este
            esta estos estas entre cuando muy sin sobre tambien hasta hay donde desde todo todos nos durante ni contra
            otros otras ese esa eso esto ante ellos es son ha han fue ser mediante segun hacia
            """,
        [French] = """
            de la le les des du et en un une est dans pour que qui sur par au aux avec ce cette ces il elle ils elles
            ne pas plus son sa ses leur leurs nous vous on sont ou ont ete etre entre aussi mais comme tout tous toutes
            ni l d qu n
            """,
        [Portuguese] = """
            de que o os as do da dos das e em no na nos nas um uma uns umas para com nao por mais como mas ao aos seu
            sua seus suas ou quando muito tambem pelo pela pelos pelas ate sem se entre sobre desde todos contra este
            esta estas ser sao foi tem atraves
            """,
    };

    // Each word's languages, as bits in the order of All.
    private static readonly Dictionary<string, int> Words = BuildWords();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // No common word is longer; longer words are skipped without a look-up.
    private static readonly int LongestWord = Words.Keys.Max(w => w.Length);

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);

    /// <summary>A code as people write it (" ES ") as it is stored ("es"); null when blank.</summary>
    public static string? Normalize(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToLowerInvariant();

    /// <summary>
    /// The language whose common words the texts use most; null when they use none, or as many of two languages'
    /// (too little to tell).
    /// </summary>
    public static string? Detect(params string?[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Span<int> counts = stackalloc int[4];
        Span<char> word = stackalloc char[LongestWord + 1];
        foreach (var text in texts)
        {
            Count(text, counts, word);
        }

        var best = -1;
        var tie = false;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0 || (best >= 0 && counts[i] < counts[best]))
            {
                continue;
            }

            tie = best >= 0 && counts[i] == counts[best];
            best = tie ? best : i;
        }

        return best < 0 || tie ? null : All[best];
    }

    /// <summary>
    /// The language of a record's texts: the one given, else the one detected in its body (a description), else in its
    /// title when the body tells nothing (an organization's name is often in another language than its description:
    /// "Sindicato dos Trabalhadores Rurais" writing in English), else the first of the organization's working languages
    /// that is one of <see cref="All"/>, else English.
    /// </summary>
    /// <exception cref="DomainRuleException">The given code is not one of <see cref="All"/>.</exception>
    public static string Choose(string? given, string? title, string? body, IEnumerable<string>? workingLanguages = null)
    {
        if (Normalize(given) is { } code)
        {
            return IsKnown(code) ? code : throw new DomainRuleException(UserMessages.UnknownTextLanguage, [given!.Trim()]);
        }

        return Detect(body)
            ?? Detect(title)
            ?? (workingLanguages ?? []).Select(Normalize).FirstOrDefault(IsKnown)
            ?? English;
    }

    /// <summary>
    /// The language <see cref="Choose"/> would give the record, for the rules of its translations: null when the code
    /// given is not a portal language (that is its own error).
    /// </summary>
    public static string? ChosenOrNull(string? given, string? title, string? body, IEnumerable<string>? workingLanguages = null) =>
        Normalize(given) is { } code ? (IsKnown(code) ? code : null) : Choose(null, title, body, workingLanguages);

    private static void Count(string? text, Span<int> counts, Span<char> word)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var length = 0;
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded != '\0')
            {
                // Longer than any common word: keep counting its length, but no letter is kept.
                if (length < word.Length)
                {
                    word[length] = folded;
                }

                length++;
                continue;
            }

            Tally(word, length, counts);
            length = 0;
        }

        Tally(word, length, counts);
    }

    private static void Tally(Span<char> word, int length, Span<int> counts)
    {
        if (length == 0 || length > LongestWord || !WordLookup.TryGetValue(word[..length], out var languages))
        {
            return;
        }

        for (var i = 0; i < counts.Length; i++)
        {
            if ((languages & (1 << i)) != 0)
            {
                counts[i]++;
            }
        }
    }

    /// <summary>
    /// A letter a–z of the word, lower case and without its accent, as PostgreSQL's <c>lower(unaccent(…))</c> gives it
    /// for the letters of the four languages; '\0' for anything that separates words.
    /// </summary>
    private static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'a' and <= 'z' ? c : c is >= 'A' and <= 'Z' ? (char)(c + 32) : '\0';
        }

        return char.ToLowerInvariant(c) switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
            'ç' => 'c',
            'è' or 'é' or 'ê' or 'ë' => 'e',
            'ì' or 'í' or 'î' or 'ï' => 'i',
            'ñ' => 'n',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' => 'o',
            'ù' or 'ú' or 'û' or 'ü' => 'u',
            'ý' or 'ÿ' => 'y',
            _ => '\0',
        };
    }

    private static Dictionary<string, int> BuildWords()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < All.Count; i++)
        {
            foreach (var word in StopWords[All[i]].Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
            {
                words[word] = words.GetValueOrDefault(word) | (1 << i);
            }
        }

        return words;
    }
}
