using KnowledgeBase.Data;
using KnowledgeBase.Data.Codes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeBase.Web.Health;

/// <summary><c>/healthz</c>: the process is alive. <c>/readyz</c>: the database is reachable, migrated and holds content.</summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddHealth(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Text("ok")).ExcludeFromDescription();
        app.MapGet("/readyz", ReadyAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<ReadyDto>, ProblemHttpResult>> ReadyAsync(KnowledgeBaseDbContext db, CancellationToken cancellationToken)
    {
        var state = await DatabaseStatus.CheckAsync(db, cancellationToken);
        if (state.Ready)
        {
            return TypedResults.Ok(new ReadyDto("ready", state.Entries, state.LatestImportId));
        }
        return TypedResults.Problem(
            title: "Not ready",
            detail: state.Problem,
            statusCode: StatusCodes.Status503ServiceUnavailable,
            extensions: new Dictionary<string, object?> { ["pendingMigrations"] = state.PendingMigrations });
    }

    public sealed record ReadyDto(string Status, int Entries, long? ImportId);
}
