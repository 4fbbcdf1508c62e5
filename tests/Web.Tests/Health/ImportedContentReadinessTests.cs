using System.Net;
using System.Text.Json;
using KnowledgeBase.Importer;

namespace KnowledgeBase.Web.Tests.Health;

/// <summary>The foundation's end-to-end check: a fresh migrated database, the real importer, then a ready site.</summary>
public sealed class ImportedContentReadinessTests(KnowledgeBaseApp app) : IClassFixture<KnowledgeBaseApp>
{
    [Fact]
    public async Task Readyz_answers_200_once_the_real_importer_has_imported_a_small_fixture()
    {
        var parent = Path.Combine(Path.GetTempPath(), $"kb-web-import-{Guid.NewGuid():N}");
        var root = Path.Combine(parent, "content");
        Directory.CreateDirectory(Path.Combine(root, "http", "status"));
        await File.WriteAllTextAsync(Path.Combine(root, "http", "status", "codes.md"), """
            ---
            vendor: http
            vendorName: HTTP
            service: status
            serviceName: HTTP status codes
            defaults:
              category: client
              retry: not-retryable
            ---
            | Code | HTTP status | Description |
            |---|---|---|
            | 404 | 404 | Not Found |
            | 429 | 429 | Too Many Requests |
            """);
        try
        {
            var client = app.CreateClient();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);

            var output = new StringWriter();
            var outcome = await ContentImporter.RunAsync(app.ConnectionString, root, dryRun: false, output);

            Assert.True(outcome.ExitCode == 0, output.ToString());
            var response = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(2, body.RootElement.GetProperty("entries").GetInt32());
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }
}
