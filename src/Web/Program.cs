using KnowledgeBase.Data;
using KnowledgeBase.Web.Api;
using KnowledgeBase.Web.Health;
using KnowledgeBase.Web.Infrastructure;
using KnowledgeBase.Web.Rendering;
using KnowledgeBase.Web.SiteFiles;

var builder = WebApplication.CreateBuilder(args);
// Run from a build (./kb run, the tests) instead of a publish, the compressed variants of the static files live
// under obj/ and only the build's runtime manifest finds them; without it a browser asking for gzip gets a 404.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddKnowledgeBaseData(builder.Configuration);
builder.Services.AddApi();
builder.Services.AddKnowledgeBaseRateLimiting(builder.Configuration);
builder.Services.AddRazorPages();
builder.Services.AddHealth();
builder.Services.AddMarkdown();
builder.Services.AddStartupWarmup();

var app = builder.Build();

app.UseErrorPagesAndProblems();
app.UseSecurityHeaders();
app.MapStaticAssets();
app.UseRouting();
app.UseCors();
app.UseRateLimiter();
app.UseApiRequestLimits();
app.UseApiHttpCaching();

app.MapHealth();
app.MapApi();
app.MapSiteFiles();
app.MapRazorPages().WithStaticAssets();

app.Run();

/// <summary>Lets the integration tests start the real app with WebApplicationFactory.</summary>
public partial class Program;
