using KnowledgeBase.Data.Model;
using KnowledgeBase.Data.Search;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Data.Tests.Search;

/// <summary>
/// A pasted line of a form many entries share, whose own entry is stored after the first
/// <see cref="PostgresCodeSearch.TextCandidateCap"/> of them: the full-text tier never ranks it, and the messages it
/// does rank are only alike to the line. Db2's JDBC line "DB2 SQL Error: SQLCODE=…, SQLSTATE=…, SQLERRMC=…" is such
/// a form, and a freshly imported database stored its entries in another order than an updated one.
/// </summary>
public sealed class FilledMessageBeyondCapTests(FilledMessageBeyondCapTests.Fixture fixture) : IClassFixture<FilledMessageBeyondCapTests.Fixture>
{
    public sealed class Fixture : TestDatabase
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = CreateContext();
            var gauge = Seed.Service("gaugeco", "Gauge Co", "meters", "Meters API");
            db.ErrorCodes.AddRange(Enumerable.Range(1, PostgresCodeSearch.TextCandidateCap).Select(i => Seed.Entry(gauge, $"GM{i:0000}N", null,
                variants: [(null, $"GAUGE Meter Error: METERCODE=-{i}, METERSTATE={50000 + i}, METERDETAIL=…")])));
            await db.SaveChangesAsync();
            db.ErrorCodes.Add(Seed.Entry(gauge, "GM9035N", null, variants: [(null, "GAUGE Meter Error: METERCODE=-9035, METERSTATE=57019, METERDETAIL=…")]));
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task A_line_finds_the_entry_whose_message_it_fills_though_others_of_its_form_come_first_on_disk()
    {
        await using var db = fixture.CreateContext();

        var results = await new PostgresCodeSearch(db).SearchAsync(
            new SearchQuery("GAUGE Meter Error: METERCODE=-9035, METERSTATE=57019, METERDETAIL=16384"), CancellationToken.None);

        Assert.Equal(("GM9035N", "message"), (results.Results[0].Code, results.Results[0].Tier));
    }
}
