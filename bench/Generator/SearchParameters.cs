using System.Globalization;
using KnowledgeBase.Data.Codes;
using KnowledgeBase.Data.Search;

namespace KnowledgeBase.Bench;

/// <summary>
/// The parameters <see cref="PostgresCodeSearch"/> binds for one query, computed with the same
/// <see cref="ParsedQuery"/>, so that bench/pgbench/search.sql runs the web app's SQL with the web app's values.
/// A tier the search leaves out for this query gets an empty value, which the script's guards turn off.
/// </summary>
public sealed record SearchParameters(
    string Keys,
    string Everyday,
    string Family,
    string Prefix,
    string Statuses,
    string FullText,
    string Rank,
    int TextCap,
    string Fuzzy,
    string FuzzyHead,
    string FuzzyTail,
    string FuzzyStart,
    string FuzzyEnd,
    string WithoutValues,
    string AnyWord,
    string SuggestKey,
    string SuggestTitle,
    bool SuggestNumeric,
    string Neighbours,
    string Message,
    string TailQuery,
    string TailMessage,
    string MessageKeys,
    string TailMessageKeys,
    string FilledWords)
{
    public static SearchParameters For(string text)
    {
        var parsed = ParsedQuery.Parse(new SearchQuery(text));
        // The everyday words' codes are looked up with the others, in a tier of their own.
        var keys = parsed.CodeCandidates.Concat(parsed.EverydayCodeCandidates).ToList();
        var single = parsed.SingleCode;
        var statuses = parsed.StatusCandidates;
        var prefix = PostgresCodeSearch.PrefixKey(parsed);
        var suggestKey = PostgresCodeSearch.SuggestionKey(parsed.Text);
        var numeric = PostgresCodeSearch.IsNumericSuggestion(suggestKey);
        var fuzzy = PostgresCodeSearch.FuzzyKey(parsed) ?? "";
        // The typo tier's anchors (TypoAnchors): the first and last characters it holds fixed; the tail and end
        // reversed, as the reverse(code_key) index reads them; the end as a LIKE pattern.
        var anchors = fuzzy.Length > 0 ? TypoAnchors.For(fuzzy) : default;
        var reversed = new string(fuzzy.Reverse().ToArray());
        return new SearchParameters(
            Keys: ArrayLiteral(keys),
            Everyday: ArrayLiteral(parsed.EverydayCodeCandidates),
            Family: prefix ?? "",
            Prefix: prefix is null ? "" : PostgresCodeSearch.EscapeLike(prefix) + "%",
            Statuses: "{" + string.Join(',', statuses) + "}",
            FullText: parsed.FullTextQuery ?? "",
            Rank: parsed.RankQuery ?? parsed.FullTextQuery ?? "",
            TextCap: single is null ? PostgresCodeSearch.TextCandidateCap : PostgresCodeSearch.CodeTextCandidateCap,
            Fuzzy: fuzzy,
            FuzzyHead: fuzzy[..anchors.Long],
            FuzzyTail: reversed[..anchors.Long],
            FuzzyStart: anchors.Short is { } start ? fuzzy[..start] : "",
            FuzzyEnd: anchors.Short is { } end ? PostgresCodeSearch.EscapeLike(reversed[..end]) + "%" : "",
            WithoutValues: parsed.WithoutValuesQuery ?? "",
            AnyWord: parsed.AnyWordQuery ?? "",
            SuggestKey: suggestKey,
            SuggestTitle: parsed.Text.ToLowerInvariant(),
            SuggestNumeric: numeric,
            Neighbours: numeric ? ArrayLiteral(PostgresCodeSearch.NumericNeighbours(suggestKey)) : "{}",
            Message: parsed.MessageText ?? "",
            TailQuery: parsed.MessageTails.FirstOrDefault().Query ?? "",
            TailMessage: parsed.MessageTails.FirstOrDefault().Message ?? "",
            MessageKeys: ArrayLiteral(Data.Search.MessageKeys.Of(parsed.PastedMessages)),
            TailMessageKeys: ArrayLiteral(parsed.MessageTails.FirstOrDefault().Message is { } tail ? Data.Search.MessageKeys.Of([tail]) : []),
            FilledWords: ArrayLiteral(PostgresCodeSearch.MessageWords(parsed.Text)));
    }

    /// <summary>A PostgreSQL text[] literal.</summary>
    public static string ArrayLiteral(IEnumerable<string> values) =>
        "{" + string.Join(',', values.Select(v => "\"" + v.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")) + "}";

    /// <summary>The columns of bench_queries after kind, n and text, in order, escaped for COPY's text format.</summary>
    public IEnumerable<string> Columns() =>
        new[]
        {
            Keys, Everyday, Family, Prefix, Statuses, FullText, Rank, TextCap.ToString(CultureInfo.InvariantCulture), Fuzzy, Fuzzy.Length > 0 ? "1" : "0", FuzzyHead, FuzzyTail, FuzzyStart, FuzzyEnd,
            WithoutValues, WithoutValues.Length > 0 ? "1" : "0",
            AnyWord, AnyWord.Length > 0 ? "1" : "0",
            SuggestKey, SuggestTitle, SuggestNumeric ? "1" : "0", Neighbours, Message,
            TailQuery, TailMessage, MessageKeys, TailMessageKeys, FilledWords,
        }
            .Select(CopyText);

    public static string CopyText(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
