using KnowledgeBase.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Web.Tests;

/// <summary>The real web app, in memory, on a test database of its own.</summary>
public class KnowledgeBaseApp : TestDatabase
{
    private WebApplicationFactory<Program>? factory;

    public WebApplicationFactory<Program> Factory => factory ?? throw new InvalidOperationException("Not initialized.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("ConnectionStrings:KnowledgeBase", ConnectionString);
            ConfigureWebHost(web);
        });
    }

    protected virtual void ConfigureWebHost(IWebHostBuilder web)
    {
    }

    public HttpClient CreateClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public override async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        await base.DisposeAsync();
    }
}
