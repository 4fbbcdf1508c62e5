namespace KnowledgeBase.Data.Search;

/// <summary>
/// Curly quotes as the straight ones they stand for. GCC, R and Nix quote names in ‘…’ in a UTF-8 terminal and in
/// '…' in the C locale and in CI logs, and word processors curl the quotes of a message copied through them: the same
/// message either way. Pasted text and the entries' messages are both compared in straight quotes.
/// </summary>
public static class TypographicQuotes
{
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        _ => c,
    };

    public static string Fold(string text) =>
        text.AsSpan().IndexOfAny("\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033") < 0
            ? text
            : string.Create(text.Length, text, (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = Fold(source[i]);
                }
            });
}
