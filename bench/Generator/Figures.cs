using System.Globalization;

namespace KnowledgeBase.Bench;

/// <summary>
/// The figures bench/run collects, as <c>key=value</c> lines. Repeated measurements carry their repetition number
/// (<c>wrk.exact.2.p99_ms=3.1</c>); the report takes the median of each.
/// </summary>
public sealed class Figures
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static Figures Parse(IEnumerable<string> lines)
    {
        var figures = new Figures();
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            var equals = trimmed.IndexOf('=');
            if (trimmed.Length == 0 || trimmed.StartsWith('#') || equals <= 0)
            {
                continue;
            }
            // Later lines win, so a script can correct a figure by appending.
            figures._values[trimmed[..equals].Trim()] = trimmed[(equals + 1)..].Trim();
        }
        return figures;
    }

    public static Figures Load(string path) => Parse(File.ReadAllLines(path));

    public string? Text(string key) => _values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    public double? Number(string key) =>
        Text(key) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The median of <c>{prefix}.{n}.{metric}</c> over every repetition n, or null when there is none.</summary>
    public double? Median(string prefix, string metric)
    {
        var values = Repetitions(prefix).Select(n => Number($"{prefix}.{n}.{metric}")).OfType<double>().Order().ToList();
        if (values.Count == 0)
        {
            return Number($"{prefix}.{metric}");
        }
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    public IReadOnlyList<int> Repetitions(string prefix)
    {
        var start = prefix + ".";
        return _values.Keys
            .Where(k => k.StartsWith(start, StringComparison.Ordinal))
            .Select(k => k[start.Length..].Split('.')[0])
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var rep) ? rep : -1)
            .Where(n => n >= 0)
            .Distinct()
            .Order()
            .ToList();
    }
}
