using KnowledgeBase.Data.Extraction;

namespace KnowledgeBase.Importer.Tests.Shipped;

/// <summary>Pasted tool output finds its entry among the content the product ships with.</summary>
public sealed class ShippedContentExtractTests(ShippedContent content) : IClassFixture<ShippedContent>
{
    [Theory]
    [InlineData("ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)", "mysql/server/1045")]
    [InlineData("pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'db' ([Errno 111] Connection refused)\")", "mysql/server/2003")]
    [InlineData("Error: Duplicate entry 'a@b.c' for key 'users.email' { code: 'ER_DUP_ENTRY', errno: 1062, sqlState: '23000' }", "mysql/server/1062")]
    [InlineData("{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\",\"error_codes\":[7000215]}", "azure/entra-id/AADSTS7000215")]
    [InlineData("RestException [Error]: The 'To' number 5551234 is not a valid phone number. status: 400, code: 21211, moreInfo: 'https://www.twilio.com/docs/errors/21211'", "twilio/api/21211")]
    [InlineData("npm error code ETARGET\nnpm error notarget No matching version found for react@99.0.0.", "npm/cli/ETARGET")]
    [InlineData("redis.exceptions.ResponseError: CROSSSLOT Keys in request don't hash to the same slot", "redis/server/CROSSSLOT")]
    [InlineData("(error) ERR max number of clients reached", "redis/server/ERR")]
    [InlineData("HTTP/1.1 403 Forbidden\nServer: cloudflare\nCF-RAY: 8f1c2a3b4c5d6e7f-FRA\n\nerror code: 1020", "cloudflare/proxy/1020")]
    [InlineData("Error from server (Forbidden): pods is forbidden: User \"dev\" cannot list resource \"pods\" in API group \"\" in the namespace \"prod\"", "kubernetes/api/Forbidden")]
    public async Task A_tools_error_output_finds_its_entry_first(string text, string expected)
    {
        await using var db = content.CreateContext();

        var response = await ErrorTextExtractor.ExtractAsync(db, text, "", CancellationToken.None);

        // The tool's own match, not the status line or the bare status next to it.
        var entry = response.Matches.Where(m => m.Kind is not (ExtractionKinds.HttpStatusLine or ExtractionKinds.HttpStatus)).SelectMany(m => m.Entries).First();
        Assert.Equal(expected, $"{entry.Vendor}/{entry.Service}/{entry.Code}");
    }
}
