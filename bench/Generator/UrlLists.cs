using System.Globalization;
using System.Text;

namespace KnowledgeBase.Bench;

/// <summary>
/// The request lists wrk rotates through, one path per line, and the same requests as rows for pgbench
/// (lookup-keys.tsv: n, vendor, service, code key; search-queries.tsv: kind, n, text and the search's parameters).
/// Codes are drawn at random from the whole corpus; a tenth of exact lookups use another letter case.
/// </summary>
public static class UrlLists
{
    public static readonly string[] Names =
    [
        "ceiling", "exact", "lookup", "deeplink", "page", "search-exact", "search-typo", "search-text", "search-mixed",
    ];

    public static void Write(Corpus corpus, string directory, int count, int seed)
    {
        Directory.CreateDirectory(directory);
        var rng = new Rng((ulong)seed).Fork("urls");
        var codes = corpus.Codes.ToList();
        CorpusCode Any() => codes[rng.Next(codes.Count)];
        string Esc(string value) => Uri.EscapeDataString(value);
        string Cased(string code) => rng.Chance(0.1) ? code.ToLowerInvariant() : code;

        var lists = Names.ToDictionary(n => n, _ => new List<string>());
        var lookupKeys = new List<string>();
        var searches = new List<(string Kind, int N, string Text)>();
        for (var i = 0; i < count; i++)
        {
            lists["ceiling"].Add("/healthz");

            var exact = Any();
            lists["exact"].Add($"/api/v1/codes/{exact.Service.Vendor.Slug}/{exact.Service.Slug}/{Esc(Cased(exact.Code))}");
            lookupKeys.Add($"{i + 1}\t{exact.Service.Vendor.Slug}\t{exact.Service.Slug}\t{exact.Code.ToLowerInvariant()}");

            lists["lookup"].Add($"/api/v1/lookup?code={Esc(Cased(Any().Code))}");
            lists["deeplink"].Add($"/e/{Esc(Any().Code)}");
            var page = Any();
            lists["page"].Add($"/codes/{page.Service.Vendor.Slug}/{page.Service.Slug}/{Esc(page.Code)}");

            var exactQuery = Cased(Any().Code);
            var typoQuery = Typo(rng, Any().Code);
            var textQuery = FullText(rng, Any());
            lists["search-exact"].Add(SearchUrl(exactQuery));
            lists["search-typo"].Add(SearchUrl(typoQuery));
            lists["search-text"].Add(SearchUrl(textQuery));
            // The mix people type: mostly codes, some with a typo, some words.
            var mixed = rng.PickWeighted([40, 30, 30]) switch { 0 => exactQuery, 1 => typoQuery, _ => textQuery };
            lists["search-mixed"].Add(SearchUrl(mixed));
            searches.Add(("mixed", i + 1, mixed));
            searches.Add(("exact", i + 1, exactQuery));
            searches.Add(("typo", i + 1, typoQuery));
            searches.Add(("text", i + 1, textQuery));
        }
        foreach (var (name, urls) in lists)
        {
            File.WriteAllText(Path.Combine(directory, name + ".txt"), string.Join('\n', urls) + "\n", new UTF8Encoding(false));
        }
        File.WriteAllText(Path.Combine(directory, "lookup-keys.tsv"), string.Join('\n', lookupKeys) + "\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(directory, "search-queries.tsv"),
            string.Join('\n', searches.Select(s => string.Join('\t', new[] { s.Kind, s.N.ToString(CultureInfo.InvariantCulture), SearchParameters.CopyText(s.Text) }
                .Concat(SearchParameters.For(s.Text).Columns())))) + "\n",
            new UTF8Encoding(false));
    }

    private static string SearchUrl(string query) => "/api/v1/search?q=" + Uri.EscapeDataString(query);

    /// <summary>One edit of the kind people make: a dropped, doubled, swapped or wrong letter.</summary>
    public static string Typo(Rng rng, string code)
    {
        if (code.Length < 4)
        {
            return code + "x";
        }
        var i = rng.Between(1, code.Length - 2);
        var typo = rng.Next(4) switch
        {
            0 => code.Remove(i, 1),
            1 => code.Insert(i, code[i].ToString()),
            2 => string.Concat(code.AsSpan(0, i), code[i + 1].ToString(), code[i].ToString(), code.AsSpan(i + 2)),
            _ => string.Concat(code.AsSpan(0, i), Neighbour(code[i]).ToString(), code.AsSpan(i + 1)),
        };
        return typo == code ? code.Remove(i, 1) : typo;
    }

    private static char Neighbour(char c) => c switch
    {
        >= 'a' and < 'z' => (char)(c + 1),
        'z' => 'a',
        >= 'A' and < 'Z' => (char)(c + 1),
        'Z' => 'A',
        >= '0' and < '9' => (char)(c + 1),
        '9' => '0',
        _ => 'e',
    };

    /// <summary>Words someone would type after reading a message: the resource and the failure, sometimes with the service.</summary>
    public static string FullText(Rng rng, CorpusCode code)
    {
        var words = code.Title.ToLowerInvariant();
        return rng.Next(4) switch
        {
            0 => words,
            1 => $"{code.Service.Name.ToLowerInvariant()} {words}",
            2 => code.Variants[0].Message.TrimEnd('.'),
            _ => $"{code.Words.Split(' ')[0]} {code.Title.Split(' ')[^1].ToLowerInvariant()}",
        };
    }
}
