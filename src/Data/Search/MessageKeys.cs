using System.Text.RegularExpressions;

namespace KnowledgeBase.Data.Search;

/// <summary>
/// The keys an entry's message has when it is a pasted message, as <c>kb_message_key</c> stores them (<see
/// cref="Migrations.VariantMessageKeys"/>): lower case, without a closing full stop; once as pasted and once in the
/// content's shape, with quoted values (in single, double or back quotes), network addresses and whole numbers as <c>…</c>
/// (<c>Table 'orders' already exists</c> is <c>table '…' already exists</c>, <c>dial tcp 10.0.4.12:8500: i/o timeout</c> is
/// <c>dial tcp …: i/o timeout</c>). A number inside a word stays: Heroku's <c>code=H12</c>. Made here rather than in SQL: a
/// full-text statement is planned for every search, and planning the regular expressions cost a tenth of a search.
/// </summary>
internal static partial class MessageKeys
{
    public static string[] Of(IEnumerable<string> messages) =>
        messages.SelectMany(m => new[] { Key(m), Key(Shape(m)) }).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The keys of the messages as pasted, values and all.</summary>
    public static string[] AsPasted(IEnumerable<string> messages) => messages.Select(Key).Distinct(StringComparer.Ordinal).ToArray();

    internal static string Shape(string message) =>
        WholeNumber().Replace(Address().Replace(BacktickQuoted().Replace(DoubleQuoted().Replace(SingleQuoted().Replace(message, "'…'"), "\"…\""), "`…`"), "…"), "…");

    private static string Key(string message) => message.ToLowerInvariant().TrimEnd('.', ' ');

    [GeneratedRegex("'[^']*'")]
    private static partial Regex SingleQuoted();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex DoubleQuoted();

    // Prisma and MySQL quote names in backticks: Unique constraint failed on the fields: (`email`).
    [GeneratedRegex("`[^`]*`")]
    private static partial Regex BacktickQuoted();

    // An IPv4 or bracketed IPv6 address with its port: the content writes "dial tcp …: connect: connection refused".
    [GeneratedRegex(@"(\b[0-9]{1,3}(\.[0-9]{1,3}){3}|\[[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\])(:[0-9]+)?\b")]
    private static partial Regex Address();

    [GeneratedRegex(@"\b[0-9]+\b")]
    private static partial Regex WholeNumber();
}
