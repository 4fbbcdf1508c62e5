using System.Net;
using System.Text;
using KnowledgeBase.Data.Codes;

namespace KnowledgeBase.Data.Search;

/// <summary>
/// The snippet of a search result: the fragments of an entry's opening text that hold the most query words, with
/// those words marked. Built here rather than with PostgreSQL's <c>ts_headline</c>, which parsed and stemmed 20
/// texts of 800 characters for every search: a third of the database's time for a full-text query. The query's
/// lexemes come from PostgreSQL (<c>tsquery::text</c>), so that stems match as the index matched them.
/// </summary>
public static class Snippets
{
    private const int MaxWords = 32;
    private const int FragmentWords = 18;
    private const int WordsBeforeMatch = 3;
    private const string FragmentDelimiter = " … ";

    /// <summary>
    /// The lexemes a tsquery's text form asks for (<c>'polici' &amp; 'author' | 'not' &lt;-&gt; 'found' &amp; !'foo'</c>),
    /// without the excluded ones: those are not in the results, so there is nothing of them to mark.
    /// </summary>
    public static IReadOnlySet<string> LexemesOf(string? tsquery)
    {
        var lexemes = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(tsquery))
        {
            return lexemes;
        }
        var negatedDepth = -1;
        var depth = 0;
        var negateNext = false;
        for (var i = 0; i < tsquery.Length; i++)
        {
            switch (tsquery[i])
            {
                case '!':
                    negateNext = true;
                    break;
                case '(':
                    depth++;
                    if (negateNext && negatedDepth < 0)
                    {
                        negatedDepth = depth;
                    }
                    negateNext = false;
                    break;
                case ')':
                    if (depth == negatedDepth)
                    {
                        negatedDepth = -1;
                    }
                    depth--;
                    break;
                case '\'':
                    var lexeme = new StringBuilder();
                    for (i++; i < tsquery.Length; i++)
                    {
                        var c = tsquery[i];
                        if (c == '\\' && i + 1 < tsquery.Length)
                        {
                            lexeme.Append(tsquery[++i]);
                        }
                        else if (c == '\'' && i + 1 < tsquery.Length && tsquery[i + 1] == '\'')
                        {
                            lexeme.Append(tsquery[++i]);
                        }
                        else if (c == '\'')
                        {
                            break;
                        }
                        else
                        {
                            lexeme.Append(c);
                        }
                    }
                    // The english configuration drops stop words from the text, so "not" asked through the simple
                    // configuration matched nothing there either; marking it everywhere would only add noise.
                    if (!negateNext && negatedDepth < 0 && lexeme.Length > 0 && !ParsedQuery.IsStopWord(lexeme.ToString()))
                    {
                        lexemes.Add(lexeme.ToString());
                    }
                    negateNext = false;
                    break;
            }
        }
        return lexemes;
    }

    /// <summary>
    /// HTML: the text with its Markdown marks dropped and escaped, cut to the one or two fragments that hold the most
    /// distinct <paramref name="lexemes"/>, each matching word in <c>&lt;mark&gt;</c>. The opening words when none match.
    /// </summary>
    public static string Build(string markdown, IReadOnlySet<string> lexemes)
    {
        var text = PlainText(markdown);
        var words = Words(text);
        var matches = new string?[words.Count];
        for (var i = 0; i < words.Count && lexemes.Count > 0; i++)
        {
            matches[i] = MatchedLexeme(text.Substring(words[i].Start, words[i].Length), lexemes);
        }

        var first = BestWindow(matches, MaxWords, exceptFrom: -1, exceptTo: -1, alreadyShown: []);
        if (first is null)
        {
            return Render(text, words, matches, 0, Math.Min(words.Count, MaxWords));
        }
        var (start, end) = first.Value;
        var shown = Distinct(matches, start, end);
        var found = Distinct(matches, 0, words.Count);
        if (shown.Count == found.Count)
        {
            return Render(text, words, matches, start, end);
        }

        // Some query words only occur further on: two shorter fragments show more of them.
        var (firstStart, firstEnd) = BestWindow(matches, FragmentWords, -1, -1, [])!.Value;
        var second = BestWindow(matches, FragmentWords, firstStart, firstEnd, Distinct(matches, firstStart, firstEnd));
        if (second is null)
        {
            return Render(text, words, matches, start, end);
        }
        var fragments = new[] { (firstStart, firstEnd), second.Value }.OrderBy(f => f.Item1).ToArray();
        return Render(text, words, matches, fragments[0].Item1, fragments[0].Item2) + FragmentDelimiter
            + Render(text, words, matches, fragments[1].Item1, fragments[1].Item2);
    }

    /// <summary>
    /// The window of up to <paramref name="size"/> words, starting just before a match and not overlapping the
    /// excluded range, with the most distinct lexemes not <paramref name="alreadyShown"/>, then the most matches,
    /// then the earliest. Null when no window adds a lexeme.
    /// </summary>
    private static (int Start, int End)? BestWindow(string?[] matches, int size, int exceptFrom, int exceptTo, HashSet<string> alreadyShown)
    {
        (int Start, int End)? best = null;
        var bestNew = 0;
        var bestCount = 0;
        for (var i = 0; i < matches.Length; i++)
        {
            if (matches[i] is null || alreadyShown.Contains(matches[i]!) || (i >= exceptFrom && i < exceptTo))
            {
                continue;
            }
            var start = Math.Max(0, i - WordsBeforeMatch);
            if (exceptTo > 0 && start < exceptTo && i >= exceptTo)
            {
                start = exceptTo;
            }
            var end = Math.Min(matches.Length, start + size);
            if (exceptFrom >= 0 && start < exceptFrom && end > exceptFrom)
            {
                end = exceptFrom;
            }
            // Near the end of the text, the window takes the words before it instead: a short text is shown whole.
            start = Math.Max(i < exceptFrom || exceptTo <= 0 ? 0 : exceptTo, Math.Min(start, end - size));
            var lexemes = Distinct(matches, start, end);
            lexemes.ExceptWith(alreadyShown);
            var count = 0;
            for (var j = start; j < end; j++)
            {
                count += matches[j] is null ? 0 : 1;
            }
            if (lexemes.Count > bestNew || (lexemes.Count == bestNew && count > bestCount))
            {
                (best, bestNew, bestCount) = ((start, end), lexemes.Count, count);
            }
        }
        return best;
    }

    private static HashSet<string> Distinct(string?[] matches, int start, int end)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            if (matches[i] is { } lexeme)
            {
                set.Add(lexeme);
            }
        }
        return set;
    }

    /// <summary>Words <paramref name="start"/> to <paramref name="end"/> and what lies between them, escaped, matches marked.</summary>
    private static string Render(string text, List<(int Start, int Length)> words, string?[] matches, int start, int end)
    {
        if (start >= end)
        {
            return "";
        }
        var html = new StringBuilder();
        var at = start == 0 ? 0 : words[start].Start;
        for (var i = start; i < end; i++)
        {
            var (wordStart, length) = words[i];
            html.Append(WebUtility.HtmlEncode(text[at..wordStart]));
            var word = WebUtility.HtmlEncode(text.Substring(wordStart, length));
            html.Append(matches[i] is null ? word : $"<mark>{word}</mark>");
            at = wordStart + length;
        }
        // Closing punctuation belongs to the last word shown ("expired." or "(ThrottlingException)").
        var trail = at;
        while (trail < text.Length && text[trail] != ' ' && !char.IsLetterOrDigit(text[trail]))
        {
            trail++;
        }
        return html.Append(WebUtility.HtmlEncode(text[at..trail])).ToString();
    }

    /// <summary>
    /// The words of a text: letters and digits, joined by the marks identifiers are written with
    /// (<c>InvalidInstanceID.NotFound</c>, <c>ERR_CERT</c>, <c>sg-1234</c>, <c>it's</c>). Markup such as <c>&lt;b&gt;</c> is not part of a word.
    /// </summary>
    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] is '.' or '_' or '-' or '\'' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }
            words.Add((start, i - start));
        }
        return words;
    }

    /// <summary>
    /// The lexeme a word of the text stands for: the word, compared with the query's lexemes as they are (the simple
    /// configuration) or as English stems (<c>expir</c> for <c>expired</c>, <c>polici</c> for <c>policy</c>), or a
    /// part of it as the index splits identifiers (<c>RequestLimitExceeded</c> holds <c>limit</c>).
    /// </summary>
    private static string? MatchedLexeme(string core, IReadOnlySet<string> lexemes)
    {
        var whole = core.ToLowerInvariant();
        if (Match(whole, lexemes) is { } match)
        {
            return match;
        }
        if (!LooksLikeIdentifier(core))
        {
            return null;
        }
        foreach (var part in IdentifierWords.Split(core).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Parts match whole lexemes only: "instance" marks InvalidInstanceID but not DescribeInstances.
            if (lexemes.Contains(part))
            {
                return part;
            }
        }
        return null;
    }

    /// <summary>Inner capitals or punctuation (<c>NotFound</c>, <c>ERR_CERT</c>); plain prose words are not split.</summary>
    private static bool LooksLikeIdentifier(string core)
    {
        for (var i = 1; i < core.Length; i++)
        {
            if (char.IsUpper(core[i]) || !char.IsLetterOrDigit(core[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static string? Match(string word, IReadOnlySet<string> lexemes)
    {
        if (lexemes.Contains(word))
        {
            return word;
        }
        foreach (var lexeme in lexemes)
        {
            if (IsStemOf(lexeme, word))
            {
                return lexeme;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether an English stem stands for the word: the stem begins the word and the rest is a suffix's length
    /// (<c>expir</c>: expired, expires), or the stem's final i is the word's y (<c>polici</c>: policy). Short stems only
    /// take a plural s, so that <c>key</c> does not mark keyboard.
    /// </summary>
    internal static bool IsStemOf(string stem, string word)
    {
        if (stem.Length < 3 || stem.Length >= word.Length + 1)
        {
            return false;
        }
        if (stem[^1] == 'i' && word.Length >= stem.Length && word[stem.Length - 1] == 'y'
            && word.AsSpan(0, stem.Length - 1).SequenceEqual(stem.AsSpan(0, stem.Length - 1)))
        {
            return word.Length - stem.Length <= 3;
        }
        if (!word.StartsWith(stem, StringComparison.Ordinal))
        {
            return false;
        }
        var rest = word.Length - stem.Length;
        return stem.Length <= 3 ? rest == 1 && word[^1] == 's' : rest <= 5;
    }

    /// <summary>
    /// The text with the Markdown marks that mean nothing in a one-line snippet dropped (emphasis, code, brackets,
    /// link targets: <c>[text](/codes/...)</c> shows as text) and all white space as single spaces.
    /// </summary>
    internal static string PlainText(string markdown)
    {
        var plain = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == ']' && i + 1 < markdown.Length && markdown[i + 1] == '(')
            {
                var close = markdown.IndexOf(')', i + 2);
                if (close > 0)
                {
                    i = close;
                    continue;
                }
            }
            if (c is '*' or '`' or '[' or ']')
            {
                continue;
            }
            plain.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        return string.Join(' ', plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
