using KnowledgeBase.Data.Codes;
using KnowledgeBase.Data.Search;
using KnowledgeBase.Importer.Reading;
using KnowledgeBase.Importer.Validation;

namespace KnowledgeBase.Importer.Merging;

/// <summary>
/// Merges table rows, table defaults and families, and entry files into one <see cref="EntryModel"/> per
/// (vendor, service, code key). Precedence, most specific first: entry file, row, family, defaults.
/// </summary>
public sealed class ContentMerger(Problems problems)
{
    private sealed class Pending
    {
        public List<(TableFile Table, TableRow Row)> Rows { get; } = [];
        public EntryFile? Entry { get; set; }
    }

    private readonly Dictionary<EntryKey, Pending> pending = [];

    public Dictionary<string, string> VendorNames { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string Vendor, string Service), string> ServiceNames { get; } = [];

    public Dictionary<EntryKey, EntryModel> Merge(ReadContent content)
    {
        var seenVariants = new Dictionary<(EntryKey, int?, string), (string File, int Line)>();
        foreach (var table in content.Tables)
        {
            if (table.Meta.Vendor.Length == 0 || table.Meta.Service.Length == 0)
            {
                continue;
            }
            Name(table.Meta.Vendor, table.Meta.VendorName, table.Meta.Service, table.Meta.ServiceName);
            foreach (var row in table.Rows)
            {
                var key = new EntryKey(table.Meta.Vendor, table.Meta.Service, CodeKey.Normalize(row.Code));
                if (seenVariants.TryGetValue((key, row.Status, row.Message), out var first))
                {
                    problems.Add(table.File, row.Line,
                        $"duplicate row: {key.Vendor}/{key.Service} code {row.Code} with status {row.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} " +
                        $"and the same message is already at {first.File}:{first.Line}");
                    continue;
                }
                seenVariants[(key, row.Status, row.Message)] = (table.File, row.Line);
                Get(key).Rows.Add((table, row));
            }
        }
        foreach (var entry in content.Entries)
        {
            Name(entry.Vendor, entry.VendorName, entry.Service, entry.ServiceName);
            var key = new EntryKey(entry.Vendor, entry.Service, CodeKey.Normalize(entry.Code));
            var slot = Get(key);
            if (slot.Entry is { } other)
            {
                problems.Add(entry.File, entry.CodeLine, $"a second entry file for {key.Vendor}/{key.Service}/{entry.Code}: the first is {other.File}:{other.CodeLine}");
                continue;
            }
            slot.Entry = entry;
        }

        var models = new Dictionary<EntryKey, EntryModel>(pending.Count);
        foreach (var (key, slot) in pending)
        {
            if (Build(key, slot) is { } model)
            {
                models[key] = model;
            }
        }
        return models;
    }

    private Pending Get(EntryKey key)
    {
        if (!pending.TryGetValue(key, out var slot))
        {
            slot = new Pending();
            pending[key] = slot;
        }
        return slot;
    }

    private void Name(string vendor, string? vendorName, string service, string? serviceName)
    {
        if (vendorName is not null)
        {
            VendorNames.TryAdd(vendor, vendorName);
        }
        if (serviceName is not null)
        {
            ServiceNames.TryAdd((vendor, service), serviceName);
        }
    }

    private EntryModel? Build(EntryKey key, Pending slot)
    {
        var entry = slot.Entry;
        var firstRow = slot.Rows.Count > 0 ? slot.Rows[0] : default;
        var code = entry?.Code ?? firstRow.Row.Code;
        var familyKey = entry?.Family is { } family ? CodeKey.Normalize(family)
            : slot.Rows.Select(r => r.Row.FamilyKey).FirstOrDefault(f => f is not null) ?? CodeKey.FamilyOf(code);

        var knowledge = entry?.Knowledge ?? Knowledge.None;
        foreach (var (table, row) in slot.Rows)
        {
            knowledge = knowledge.Or(row.Own);
        }
        foreach (var (table, _) in slot.Rows)
        {
            // A family's own code (Throttling, MissingParameter) takes the family's knowledge as its members do.
            if (table.Meta.Families.TryGetValue(familyKey ?? key.CodeKey, out var familyKnowledge))
            {
                knowledge = knowledge.Or(familyKnowledge);
            }
        }
        foreach (var (table, _) in slot.Rows)
        {
            knowledge = knowledge.Or(table.Meta.Defaults);
        }

        var (file, line) = entry is not null ? (entry.File, entry.CodeLine) : (firstRow.Table.File, firstRow.Row.Line);
        if (knowledge.Category is null)
        {
            problems.Add(file, line, $"no category for {key.Vendor}/{key.Service}/{code}: give one in the row, the table's defaults or families, or an entry file");
        }
        if (knowledge.Retry is null)
        {
            problems.Add(file, line, $"no retry verdict for {key.Vendor}/{key.Service}/{code}: give one in the row, the table's defaults or families, or an entry file");
        }
        if (knowledge.Category is null || knowledge.Retry is null)
        {
            return null;
        }

        var variants = new List<Variant>();
        foreach (var (_, row) in slot.Rows)
        {
            variants.Add(new Variant(row.Status, TypographicQuotes.Fold(row.Message)));
        }
        foreach (var (status, message) in entry?.Messages ?? [])
        {
            var variant = new Variant(status, TypographicQuotes.Fold(message));
            if (!variants.Contains(variant))
            {
                variants.Add(variant);
            }
        }

        // An alias is another spelling as written: Client.UnauthorizedOperation normalizes to the code's own key, yet
        // readers see it in EC2 responses, so it is kept and shown; only repeats of a spelling are dropped.
        var aliases = new List<string>();
        var spellings = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { code };
        foreach (var alias in (entry?.Aliases ?? []).Concat(slot.Rows.SelectMany(r => r.Row.Aliases)))
        {
            if (spellings.Add(alias.Trim()))
            {
                aliases.Add(alias.Trim());
            }
        }

        var sources = new List<SourceLink>();
        foreach (var link in slot.Rows.Select(r => r.Table.Meta).Distinct()
                     .Where(m => m.Source is not null)
                     .Select(m => new SourceLink(m.SourceTitle ?? "", m.Source!))
                     .Concat(entry?.Sources ?? []))
        {
            if (sources.All(s => s.Url != link.Url))
            {
                sources.Add(link);
            }
        }

        var updated = slot.Rows.Select(r => r.Table.Meta.Updated).Append(entry?.Updated).Max();
        var files = slot.Rows.Select(r => r.Table.File).Concat(entry is null ? [] : [entry.File])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        return new EntryModel
        {
            Key = key,
            Code = code,
            FamilyKey = familyKey,
            Title = entry?.Title ?? slot.Rows.Select(r => r.Row.Title).FirstOrDefault(t => t is not null),
            Summary = entry?.Summary ?? slot.Rows.Select(r => r.Row.Summary).FirstOrDefault(t => t is not null),
            HttpStatus = entry?.HttpStatus ?? variants.Select(v => v.Status).FirstOrDefault(s => s is not null),
            Category = knowledge.Category,
            Retry = knowledge.Retry,
            RetryGuidance = knowledge.RetryGuidance ?? "",
            Cause = knowledge.Cause ?? "",
            Fix = knowledge.Fix ?? "",
            Updated = updated,
            Variants = variants,
            Aliases = aliases,
            Related = entry?.Related ?? [],
            Sources = sources,
            SourceFiles = files,
            EntryFile = entry?.File,
        };
    }
}
