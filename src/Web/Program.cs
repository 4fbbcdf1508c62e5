using KnowledgeBase.Data;
using KnowledgeBase.Web.Api;
using KnowledgeBase.Web.Health;
using KnowledgeBase.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddKnowledgeBaseData(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddRazorPages();
builder.Services.AddHealth();

var app = builder.Build();

app.UseExceptionHandler("/Error");
app.UseStatusCodePagesForProblemsAndPages();
app.UseSecurityHeaders();
app.MapStaticAssets();
app.UseRouting();

app.MapHealth();
app.MapGroup("/api/v1").MapExtractApi();
app.MapRazorPages().WithStaticAssets();

app.Run();

/// <summary>Lets the integration tests start the real app with WebApplicationFactory.</summary>
public partial class Program;
