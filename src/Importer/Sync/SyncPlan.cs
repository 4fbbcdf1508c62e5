using KnowledgeBase.Importer.Merging;
using KnowledgeBase.Importer.Reading;
using KnowledgeBase.Importer.Validation;

namespace KnowledgeBase.Importer.Sync;

public enum Change
{
    Added,
    Updated,
    Unchanged,
}

/// <summary>
/// What one import will do, decided before anything is written: which entries and articles of the scope are added,
/// updated, unchanged or removed. References (related codes, article codes, article vendors) are checked here
/// against the content being imported and the entries the database keeps.
/// </summary>
public sealed class SyncPlan
{
    public List<(EntryModel Model, Change Change)> Entries { get; } = [];
    public List<(EntryKey Key, long Id)> RemovedEntries { get; } = [];
    public List<(ArticleModel Model, Change Change, long? Id)> Articles { get; } = [];
    public List<(string Slug, long Id)> RemovedArticles { get; } = [];
    public Dictionary<string, string?> Vendors { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string Vendor, string Service), string?> Services { get; } = [];

    public static SyncPlan Create(
        ContentScope scope, DatabaseSnapshot snapshot, IReadOnlyDictionary<EntryKey, EntryModel> models, ContentMerger merger,
        IReadOnlyList<ArticleFile> articles, Problems problems)
    {
        var plan = new SyncPlan();
        // Hashing every entry is most of the planning: on every core (each model hashes itself once).
        Parallel.ForEach(models.Values, model => _ = model.Hash);
        var inScopeInDatabase = snapshot.Entries.Where(e => e.Value.Files.Any(scope.Contains)).ToDictionary(e => e.Key, e => e.Value);
        // In key order, each key's text built once: the plan's order is the writes' order.
        foreach (var (key, model) in models.OrderBy(m => m.Key.ToString(), StringComparer.Ordinal))
        {
            if (!model.SourceFiles.Any(scope.Contains) && !inScopeInDatabase.ContainsKey(key))
            {
                // Read only to complete an entry of the scope; its own entries are synced when its folder is imported.
                continue;
            }
            var change = !snapshot.Entries.TryGetValue(key, out var existing) ? Change.Added
                : existing.Hash == model.Hash ? Change.Unchanged : Change.Updated;
            plan.Entries.Add((model, change));
        }
        foreach (var (key, existing) in inScopeInDatabase)
        {
            if (!models.ContainsKey(key))
            {
                plan.RemovedEntries.Add((key, existing.Id));
            }
        }

        var removed = plan.RemovedEntries.Select(r => r.Key).ToHashSet();
        bool Known(CodeRef r) =>
            models.ContainsKey(new EntryKey(r.Vendor, r.Service, r.Key)) ||
            (snapshot.Entries.ContainsKey(new EntryKey(r.Vendor, r.Service, r.Key)) && !removed.Contains(new EntryKey(r.Vendor, r.Service, r.Key)));

        foreach (var (model, _) in plan.Entries)
        {
            foreach (var related in model.Related.Where(r => !Known(r)))
            {
                var file = model.EntryFile ?? model.SourceFiles[0];
                problems.Add(file, related.Line, $"unknown related code '{related}': no table, entry file or imported entry has it");
            }
            plan.Vendors.TryAdd(model.Key.Vendor, null);
            plan.Services.TryAdd((model.Key.Vendor, model.Key.Service), null);
        }

        PlanArticles(plan, scope, snapshot, articles, Known, models, problems);

        foreach (var vendor in plan.Vendors.Keys.ToList())
        {
            plan.Vendors[vendor] = merger.VendorNames.GetValueOrDefault(vendor);
        }
        foreach (var service in plan.Services.Keys.ToList())
        {
            plan.Services[service] = merger.ServiceNames.GetValueOrDefault(service);
        }
        return plan;
    }

    private static void PlanArticles(
        SyncPlan plan, ContentScope scope, DatabaseSnapshot snapshot, IReadOnlyList<ArticleFile> articles, Func<CodeRef, bool> known,
        IReadOnlyDictionary<EntryKey, EntryModel> models, Problems problems)
    {
        var bySlug = new Dictionary<string, ArticleFile>(StringComparer.Ordinal);
        var modelVendors = models.Keys.Select(k => k.Vendor).ToHashSet(StringComparer.Ordinal);
        var modelServices = models.Keys.Select(k => (k.Vendor, k.Service)).ToHashSet();
        foreach (var article in articles.Where(a => scope.Contains(a.File)))
        {
            if (bySlug.TryGetValue(article.Slug, out var first))
            {
                problems.Add(article.File, article.SlugLine, $"slug '{article.Slug}' is already used by {first.File}:{first.SlugLine}");
                continue;
            }
            bySlug[article.Slug] = article;
            if (snapshot.Articles.TryGetValue(article.Slug, out var owner) && owner.File != article.File && !scope.Contains(owner.File) &&
                File.Exists(scope.FullPath(owner.File)))
            {
                problems.Add(article.File, article.SlugLine, $"slug '{article.Slug}' is already used by the imported article {owner.File}");
            }
            foreach (var code in article.Codes.Where(c => !known(c)))
            {
                problems.Add(article.File, code.Line, $"unknown article code '{code}': no table, entry file or imported entry has it");
            }
            if (article.Vendor is { } vendor)
            {
                var vendorKnown = snapshot.Vendors.ContainsKey(vendor) || modelVendors.Contains(vendor);
                var serviceKnown = article.Service is not { } service ||
                    snapshot.Services.ContainsKey((vendor, service)) || modelServices.Contains((vendor, service));
                if (!vendorKnown || !serviceKnown)
                {
                    problems.Add(article.File, article.VendorLine, $"unknown vendor or service '{vendor}{(article.Service is null ? "" : "/" + article.Service)}'");
                }
                else
                {
                    plan.Vendors.TryAdd(vendor, null);
                    if (article.Service is { } s)
                    {
                        plan.Services.TryAdd((vendor, s), null);
                    }
                }
            }
            var model = new ArticleModel { File = article };
            var change = !snapshot.Articles.TryGetValue(article.Slug, out var existing) ? Change.Added
                : existing.Hash == model.Hash ? Change.Unchanged : Change.Updated;
            plan.Articles.Add((model, change, existing?.Id));
        }
        foreach (var (slug, existing) in snapshot.Articles)
        {
            if (scope.Contains(existing.File) && !bySlug.ContainsKey(slug))
            {
                plan.RemovedArticles.Add((slug, existing.Id));
            }
        }
    }

    public ImportReport Report(int files) => new(
        files,
        Entries.Count,
        Entries.Count(e => e.Change == Change.Added),
        Entries.Count(e => e.Change == Change.Updated),
        Entries.Count(e => e.Change == Change.Unchanged),
        RemovedEntries.Count,
        Entries.Sum(e => e.Model.Variants.Count),
        Articles.Count,
        Articles.Count(a => a.Change == Change.Added),
        Articles.Count(a => a.Change == Change.Updated),
        Articles.Count(a => a.Change == Change.Unchanged),
        RemovedArticles.Count);
}

/// <summary>The counts of one run; <see cref="Summary"/> is the line every run ends with.</summary>
public sealed record ImportReport(
    int Files, int Entries, int Added, int Updated, int Unchanged, int Removed, int Variants,
    int Articles, int ArticlesAdded, int ArticlesUpdated, int ArticlesUnchanged, int ArticlesRemoved)
{
    public bool HasChanges => Added + Updated + Removed + ArticlesAdded + ArticlesUpdated + ArticlesRemoved > 0;

    public string Summary =>
        $"{Entries} entries: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed; {Variants} variants; " +
        $"{Articles} articles: {ArticlesAdded} added, {ArticlesUpdated} updated, {ArticlesUnchanged} unchanged, {ArticlesRemoved} removed";
}
