using KnowledgeBase.Data;
using KnowledgeBase.Data.Codes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

// Exit codes: 0 ok, 2 usage, 3 invalid content (nothing written), 4 database unreachable or failed.
var configuration = new ConfigurationBuilder()
    .AddEnvironmentVariables()
    .Build();

var command = args.FirstOrDefault() ?? "import";
try
{
    var connectionString = DataServiceCollectionExtensions.GetConnectionString(configuration);
    await using var db = DataServiceCollectionExtensions.CreateContext(connectionString);
    switch (command)
    {
        case "migrate":
            await db.Database.MigrateAsync();
            Console.WriteLine("The database schema is at the latest migration.");
            return 0;
        default:
            Console.Error.WriteLine("Usage: importer migrate | import [--dry-run] [PATH]");
            return 2;
    }
}
catch (InvalidOperationException ex) when (ex.Message.Contains("ConnectionStrings", StringComparison.Ordinal))
{
    Console.Error.WriteLine(ex.Message);
    return 4;
}
catch (Exception ex) when (DatabaseErrors.IsConnectionFailure(ex))
{
    Console.Error.WriteLine(DatabaseErrors.Describe(ex));
    return 4;
}
