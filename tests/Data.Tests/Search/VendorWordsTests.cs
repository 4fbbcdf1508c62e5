using KnowledgeBase.Data.Model;
using KnowledgeBase.Data.Search;
using KnowledgeBase.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Data.Tests.Search;

/// <summary>A query may name the product it is about; an entry's prose need not.</summary>
public sealed class VendorWordsTests(VendorWordsTests.Fixture fixture) : IClassFixture<VendorWordsTests.Fixture>
{
    public sealed class Fixture : TestDatabase
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = CreateContext();
            var docs = Seed.Service("quillstore", "Quill Store", "documents", "Document Service");
            var other = Seed.Service("inkbase", "Inkbase", "records", "Records API");
            db.ErrorCodes.AddRange(
                Seed.Entry(docs, "11000", null, "conflict", cause: "A second document has the same unique key.", variants: [(null, "duplicate key error")]),
                Seed.Entry(other, "DupRecord", 409, "conflict", cause: "A record with this duplicate key exists.", variants: [(409, "duplicate key")]));
            await db.SaveChangesAsync();
        }
    }

    private async Task<IReadOnlyList<string>> FoundAsync(string text)
    {
        await using var db = fixture.CreateContext();
        var results = await new PostgresCodeSearch(db).SearchAsync(new SearchQuery(text), CancellationToken.None);
        return results.Results.Select(r => $"{r.Vendor}/{r.Service}/{r.Code}").ToList();
    }

    [Theory]
    [InlineData("quillstore duplicate key")]
    [InlineData("Quill Store duplicate key")]
    [InlineData("document service duplicate key")]
    public async Task A_vendor_or_service_name_finds_its_entries_whose_prose_does_not_name_it(string text) =>
        Assert.Equal(["quillstore/documents/11000"], await FoundAsync(text));

    [Fact]
    public async Task A_renamed_vendor_is_found_by_its_new_name()
    {
        await using (var db = fixture.CreateContext())
        {
            await db.Vendors.Where(v => v.Slug == "inkbase").ExecuteUpdateAsync(v => v.SetProperty(x => x.Name, "Scribe Works"));
        }

        Assert.Equal(["inkbase/records/DupRecord"], await FoundAsync("scribe works duplicate key"));
    }
}
