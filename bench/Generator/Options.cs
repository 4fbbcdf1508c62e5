using System.Globalization;

namespace KnowledgeBase.Bench;

internal sealed class UsageException(string message) : Exception(message);

internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new UsageException($"Unexpected argument '{args[i]}': options are --name value.");
            }
            options._values[args[i][2..]] = args[++i];
        }
        return options;
    }

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int fallback) =>
        Text(name) is not { } text ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
        : throw new UsageException($"--{name} needs a positive whole number, not '{text}'.");
}
