using KnowledgeBase.Data;
using KnowledgeBase.Web.Api;
using KnowledgeBase.Web.Health;
using KnowledgeBase.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddKnowledgeBaseData(builder.Configuration);
builder.Services.AddApi();
builder.Services.AddKnowledgeBaseRateLimiting(builder.Configuration);
builder.Services.AddRazorPages();
builder.Services.AddHealth();

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
app.MapRazorPages().WithStaticAssets();

app.Run();

/// <summary>Lets the integration tests start the real app with WebApplicationFactory.</summary>
public partial class Program;
