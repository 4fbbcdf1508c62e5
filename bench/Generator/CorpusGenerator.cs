using System.Globalization;

namespace KnowledgeBase.Bench;

/// <summary>
/// Builds a corpus of <c>codes</c> error codes from a seed: about 50 vendors with about 10 services each,
/// codes shaped as the vendor names them, 1–6 message variants each, some with entry files.
/// The same seed and size always give the same corpus.
/// </summary>
public static class CorpusGenerator
{
    public const int DefaultVendors = 50;
    public const int ServicesPerVendor = 10;

    private static readonly double[] VariantWeights = [50, 25, 12, 7, 4, 2];

    public static Corpus Generate(int seed, int codes)
    {
        if (codes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(codes), "The corpus needs at least one code.");
        }
        var rng = new Rng((ulong)seed);
        // Small corpora keep about 20 codes per service, so that tables stay tables.
        var vendorCount = Math.Clamp(codes / (ServicesPerVendor * 20), 1, DefaultVendors);
        var vendors = MakeVendors(rng.Fork("vendors"), vendorCount);
        var serviceCounts = SplitEvenly(rng.Fork("service-counts"), vendorCount * ServicesPerVendor, vendorCount, 4);
        var codeCounts = SplitWeighted(rng.Fork("code-counts"), codes, serviceCounts.Sum());

        var serviceIndex = 0;
        for (var v = 0; v < vendorCount; v++)
        {
            var vendor = vendors[v];
            var vendorRng = rng.Fork("vendor:" + vendor.Slug);
            var names = Vocabulary.ServiceNames.ToList();
            vendorRng.Shuffle(names);
            for (var s = 0; s < serviceCounts[v]; s++)
            {
                var count = codeCounts[serviceIndex++];
                if (count > 0)
                {
                    vendor.Services.Add(MakeService(vendorRng.Fork("service:" + s), vendor, names[s % names.Count], count));
                }
            }
        }
        var articles = MakeArticles(rng.Fork("articles"), vendors, Math.Max(2, codes / 2000));
        return new Corpus(seed, vendors, articles);
    }

    private static List<CorpusVendor> MakeVendors(Rng rng, int count)
    {
        var stems = Vocabulary.VendorStems.ToList();
        rng.Shuffle(stems);
        var shapes = new List<CodeShape>();
        for (var i = 0; i < count; i++)
        {
            // Mostly PascalCase, as most cloud APIs name their errors.
            shapes.Add(rng.PickWeighted([40, 25, 20, 15]) switch
            {
                0 => CodeShape.Pascal,
                1 => CodeShape.Dotted,
                2 => CodeShape.UpperSnake,
                _ => CodeShape.Numeric,
            });
        }
        return stems.Take(count).Select((stem, i) =>
        {
            var suffix = rng.Pick(Vocabulary.VendorSuffixes);
            var name = $"{stem} {suffix}";
            return new CorpusVendor
            {
                Slug = name.ToLowerInvariant().Replace(' ', '-'),
                Name = name,
                Shape = shapes[i],
                Prefix = stem[..3].ToUpperInvariant(),
            };
        }).ToList();
    }

    private static CorpusService MakeService(Rng rng, CorpusVendor vendor, string name, int codeCount)
    {
        // One service in ten names its codes differently from the rest of its vendor.
        var shape = rng.Chance(0.1) ? (CodeShape)rng.Next(4) : vendor.Shape;
        var format = rng.Chance(0.2) ? TableFormat.Csv : TableFormat.Markdown;
        var defaults = rng.Pick(Vocabulary.Conditions);
        var service = new CorpusService
        {
            Vendor = vendor,
            Slug = name.ToLowerInvariant().Replace(' ', '-'),
            Name = name,
            Shape = shape,
            Format = format,
            Columns = rng.Chance(0.7),
            CauseColumns = rng.Chance(0.4),
            LeadingPipe = rng.Chance(0.5),
            DefaultCategory = defaults.Category,
            DefaultRetry = defaults.Retry,
            Updated = new DateOnly(2026, 1, 1).AddDays(rng.Next(300)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var codes = service.Codes;

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var numeric = rng.Between(1, 90) * 1000;
        var numericPrefix = rng.Chance(0.3) ? vendor.Prefix : null;
        var commons = shape == CodeShape.Numeric ? 0 : Math.Min(codeCount / 4, rng.Between(3, 6));
        var commonCodes = Vocabulary.CommonCodes.ToList();
        rng.Shuffle(commonCodes);
        for (var i = 0; i < codeCount; i++)
        {
            var condition = rng.Pick(Vocabulary.Conditions);
            string code;
            string resource;
            if (i < commons)
            {
                var common = commonCodes[i];
                condition = Vocabulary.Conditions.First(c => c.Pascal == common.Condition);
                code = shape == CodeShape.UpperSnake ? ToSnake(common.Code, null) : common.Code;
                resource = "request";
            }
            else
            {
                var nouns = rng.Chance(0.3) ? [rng.Pick(Vocabulary.Nouns)] : new[] { rng.Pick(Vocabulary.Nouns), rng.Pick(Vocabulary.Nouns) }.Distinct().ToArray();
                var attribute = rng.Chance(0.5) ? rng.Pick(Vocabulary.Attributes) : null;
                resource = string.Join(' ', nouns.Append(attribute).OfType<string>()).ToLowerInvariant();
                code = Render(rng, shape, vendor.Prefix, numericPrefix, ref numeric, nouns, attribute, condition);
            }
            for (var attempt = 0; keys.Contains(code.ToLowerInvariant()); attempt++)
            {
                code = shape == CodeShape.Numeric ? Render(rng, shape, vendor.Prefix, numericPrefix, ref numeric, [], null, condition) : code + (attempt + 2).ToString(CultureInfo.InvariantCulture);
            }
            keys.Add(code.ToLowerInvariant());

            var title = condition.Prefix ? $"{condition.Words} {resource}" : $"{resource} {condition.Words}";
            var corpusCode = new CorpusCode
            {
                Service = service,
                Code = code,
                Title = Prose.Capitalize(title),
                Words = resource,
                Category = service.Columns ? condition.Category : service.DefaultCategory,
                Retry = service.Columns ? condition.Retry : service.DefaultRetry,
                Variants = MakeVariants(rng, condition, resource),
            };
            if (service.CauseColumns)
            {
                corpusCode.ShortCause = Prose.ShortCause(rng, corpusCode, resource);
                corpusCode.ShortFix = Prose.ShortFix(rng, corpusCode, resource);
            }
            codes.Add(corpusCode);
        }
        AddEntries(rng, codes, keys);
        return service;
    }

    private static string Render(Rng rng, CodeShape shape, string vendorPrefix, string? numericPrefix, ref int numeric,
        string[] nouns, string? attribute, Condition condition)
    {
        var stem = string.Concat(nouns) + attribute;
        switch (shape)
        {
            case CodeShape.Pascal:
                return condition.Prefix ? condition.Pascal + stem : stem + condition.Pascal;
            case CodeShape.Dotted:
                if (nouns.Length > 1 && rng.Chance(0.4))
                {
                    return $"{nouns[0]}.{nouns[1]}{attribute}.{condition.Pascal}";
                }
                return condition.Prefix
                    ? $"{condition.Pascal}{stem}.{rng.Pick(Vocabulary.Members)}"
                    : $"{stem}.{condition.Pascal}";
            case CodeShape.UpperSnake:
                var words = condition.Prefix ? condition.Pascal + stem : stem + condition.Pascal;
                return ToSnake(words, rng.Chance(0.5) ? (rng.Chance(0.5) ? "ERR" : vendorPrefix) : null);
            default:
                numeric += rng.Between(1, 7);
                return numericPrefix is null
                    ? numeric.ToString(CultureInfo.InvariantCulture)
                    : $"{numericPrefix}-{numeric.ToString("D5", CultureInfo.InvariantCulture)}";
        }
    }

    public static string ToSnake(string pascal, string? prefix)
    {
        var parts = new List<string>();
        if (prefix is not null)
        {
            parts.Add(prefix);
        }
        var start = 0;
        for (var i = 1; i <= pascal.Length; i++)
        {
            if (i == pascal.Length || (char.IsUpper(pascal[i]) && !char.IsUpper(pascal[i - 1])))
            {
                parts.Add(pascal[start..i].ToUpperInvariant());
                start = i;
            }
        }
        return string.Join('_', parts);
    }

    private static List<Variant> MakeVariants(Rng rng, Condition condition, string resource)
    {
        var wanted = rng.PickWeighted(VariantWeights) + 1;
        var variants = new List<Variant>();
        for (var attempt = 0; attempt < 30 && variants.Count < wanted; attempt++)
        {
            var message = Prose.Capitalize(string.Format(CultureInfo.InvariantCulture,
                rng.Pick(condition.Messages), resource, rng.Pick(Vocabulary.Placeholders)));
            var variant = new Variant(rng.Pick(condition.Statuses), message);
            if (!variants.Contains(variant))
            {
                variants.Add(variant);
            }
        }
        return variants;
    }

    /// <summary>About 8% of codes get an entry file with long Markdown; one in eight of those is in no table.</summary>
    private static void AddEntries(Rng rng, List<CorpusCode> codes, HashSet<string> keys)
    {
        var aliasKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (!rng.Chance(0.08))
            {
                continue;
            }
            code.InTable = codes.Count > 1 && !rng.Chance(0.125);
            var resource = code.Words;
            var aliases = new List<string>();
            if (rng.Chance(0.2))
            {
                // Other spellings seen in the wild: UPPER_SNAKE of a PascalCase code and back, a prefixed number.
                var alias = code.Service.Shape switch
                {
                    CodeShape.UpperSnake => string.Concat(code.Code.Split('_').Select(w => w[..1] + w[1..].ToLowerInvariant())),
                    CodeShape.Numeric => char.IsDigit(code.Code[0]) ? $"{code.Service.Vendor.Prefix}-{code.Code}" : code.Code.Replace("-", "", StringComparison.Ordinal),
                    _ => ToSnake(code.Code.Replace(".", "", StringComparison.Ordinal), null),
                };
                if (!keys.Contains(alias.ToLowerInvariant()) && aliasKeys.Add(alias.ToLowerInvariant()))
                {
                    aliases.Add(alias);
                }
            }
            var related = Enumerable.Range(0, rng.Between(0, 3))
                .Select(_ => codes[rng.Next(codes.Count)])
                .Where(c => c != code)
                .Distinct()
                .ToList();
            code.Entry = new CorpusEntry(
                Summary: $"{code.Service.Vendor.Name} {code.Service.Name} rejected the call: {code.Title.ToLowerInvariant()}.",
                Cause: Prose.LongCause(rng, code, resource),
                Fix: Prose.LongFix(rng, code, resource),
                RetryGuidance: Prose.Retry(code.Retry),
                Aliases: aliases,
                Related: related);
        }
        // A table needs at least one row.
        if (codes.Count > 0 && codes.All(c => !c.InTable))
        {
            codes[0].InTable = true;
        }
    }

    private static List<CorpusArticle> MakeArticles(Rng rng, List<CorpusVendor> vendors, int count)
    {
        var services = vendors.SelectMany(v => v.Services).Where(s => s.Codes.Count >= 3).ToList();
        var articles = new List<CorpusArticle>();
        for (var i = 0; i < count && services.Count > 0; i++)
        {
            var service = services[(i * 7919) % services.Count];
            var codes = Enumerable.Range(0, rng.Between(3, 8)).Select(_ => rng.Pick(service.Codes)).Distinct().ToList();
            var topic = codes[0].Words.Split(' ')[0];
            articles.Add(new CorpusArticle(
                Slug: $"{service.Vendor.Slug}-{service.Slug}-{topic}-errors-{i + 1}",
                Title: $"Troubleshooting {topic} errors in {service.Vendor.Name} {service.Name}",
                Summary: $"How to recognize and fix the {codes.Count} most frequent {topic} errors of {service.Name}.",
                Body: Prose.ArticleBody(rng, service, codes),
                Service: service,
                Codes: codes));
        }
        return articles;
    }

    /// <summary>Splits <paramref name="total"/> into <paramref name="parts"/> near-equal counts (± spread).</summary>
    private static int[] SplitEvenly(Rng rng, int total, int parts, int spread)
    {
        var counts = Enumerable.Repeat(total / parts, parts).ToArray();
        counts[^1] += total - counts.Sum();
        for (var i = 0; i + 1 < parts; i += 2)
        {
            var d = rng.Between(0, Math.Min(spread, counts[i + 1] - 1));
            counts[i] += d;
            counts[i + 1] -= d;
        }
        return counts;
    }

    /// <summary>Splits <paramref name="total"/> into <paramref name="parts"/> counts of skewed sizes, each at least 1.</summary>
    private static int[] SplitWeighted(Rng rng, int total, int parts)
    {
        if (total < parts)
        {
            return Enumerable.Range(0, parts).Select(i => i < total ? 1 : 0).ToArray();
        }
        var weights = Enumerable.Range(0, parts).Select(_ => 0.2 + Math.Pow(rng.NextDouble(), 2) * 2).ToArray();
        var sum = weights.Sum();
        var counts = weights.Select(w => Math.Max(1, (int)(w / sum * total))).ToArray();
        var i = 0;
        while (counts.Sum() < total)
        {
            counts[i++ % parts]++;
        }
        while (counts.Sum() > total)
        {
            var largest = Array.IndexOf(counts, counts.Max());
            counts[largest]--;
        }
        return counts;
    }
}
