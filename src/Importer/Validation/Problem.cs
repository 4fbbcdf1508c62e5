namespace KnowledgeBase.Importer.Validation;

/// <summary>One thing wrong with the content, where a writer can find it.</summary>
public sealed record Problem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>Collects every problem of a run, so that all of them are reported at once.</summary>
public sealed class Problems
{
    private readonly List<Problem> items = [];

    public int Count => items.Count;

    public IReadOnlyList<Problem> All => items;

    public void Add(string file, int line, string message) => items.Add(new Problem(file, Math.Max(1, line), message));

    public IReadOnlyList<Problem> Sorted() =>
        items.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Message, StringComparer.Ordinal).ToList();
}
