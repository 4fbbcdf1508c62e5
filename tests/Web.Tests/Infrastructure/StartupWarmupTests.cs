using System.Net;
using KnowledgeBase.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeBase.Web.Tests.Infrastructure;

public sealed class StartupWarmupTests(StartupWarmupTests.UnreachableDatabaseApp app) : IClassFixture<StartupWarmupTests.UnreachableDatabaseApp>
{
    public sealed class UnreachableDatabaseApp : KnowledgeBaseApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder web) =>
            web.UseSetting("ConnectionStrings:KnowledgeBase", "Host=127.0.0.1;Port=1;Database=kb;Username=kb;Password=kb;Timeout=3");
    }

    [Fact]
    public async Task Without_a_database_the_warm_up_ends_quietly_and_the_site_still_answers()
    {
        var client = app.CreateClient();
        var warmup = app.Factory.Services.GetServices<IHostedService>().OfType<StartupWarmup>().Single();

        await warmup.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));
        var health = await client.GetAsync("/healthz");
        var readiness = await client.GetAsync("/readyz");

        Assert.True(warmup.ExecuteTask.IsCompletedSuccessfully);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
    }
}
