using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace KnowledgeBase.Web.Rendering;

/// <summary>
/// Renders the Markdown of entries and articles to HTML that is safe to embed. Markdig's DisableHtml() escapes
/// raw HTML but leaves <c>javascript:</c> and <c>data:</c> URLs live, and its generic-attributes extension lets
/// a heading carry <c>onclick</c>: so extensions are chosen one by one and every URL is checked here.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>Heading anchors get a prefix so that they can never collide with the page's own ids.</summary>
    public const string HeadingIdPrefix = "md-";

    public const string TooDeeplyNestedMessage =
        "This text could not be shown: its Markdown is nested too deeply (lists, quotes or brackets inside each other).";

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .UseTaskLists()
        .Build();

    public HtmlString Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }
        try
        {
            var document = Markdown.Parse(markdown, pipeline);
            NeutralizeUnsafeUrls(document);
            PrefixHeadingIds(document);
            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            pipeline.Setup(renderer);
            renderer.Render(document);
            writer.Flush();
            return new HtmlString(writer.ToString());
        }
        catch (ArgumentException exception) when (exception.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            return new HtmlString($"<p class=\"render-error\">{System.Net.WebUtility.HtmlEncode(TooDeeplyNestedMessage)}</p>");
        }
    }

    /// <summary>Whether a link or image URL may be rendered live: http, https, mailto, a relative path or a #fragment.</summary>
    public static bool IsAllowedUrl(string? url)
    {
        if (url is null)
        {
            return false;
        }
        // Browsers drop tabs, newlines and leading spaces or control characters before reading the scheme.
        var compact = new string(url.Where(c => c > ' ' && !char.IsControl(c)).ToArray());
        if (compact.Length == 0)
        {
            return false;
        }
        var end = compact.IndexOfAny(['/', '?', '#']);
        var head = end < 0 ? compact : compact[..end];
        var colon = head.IndexOf(':');
        if (colon < 0)
        {
            // A backslash is read as a slash by browsers: "\\evil" would leave the site unseen.
            return !compact.StartsWith('\\');
        }
        var scheme = head[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static void NeutralizeUnsafeUrls(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var dynamicUrl = link.GetDynamicUrl?.Invoke();
            if (IsAllowedUrl(link.Url) && (dynamicUrl is null || IsAllowedUrl(dynamicUrl)))
            {
                continue;
            }
            link.GetDynamicUrl = null;
            if (link.IsImage)
            {
                link.ReplaceBy(new LiteralInline(PlainText(link)));
            }
            else
            {
                // Keep the words of the link, drop the link itself.
                var container = new ContainerInline();
                foreach (var child in link.ToList())
                {
                    child.Remove();
                    container.AppendChild(child);
                }
                link.ReplaceBy(container);
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsAllowedUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    private static string PlainText(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    private static void PrefixHeadingIds(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.TryGetAttributes();
            if (attributes?.Id is { Length: > 0 } id && !id.StartsWith(HeadingIdPrefix, StringComparison.Ordinal))
            {
                attributes.Id = HeadingIdPrefix + id;
            }
        }
    }
}

public static class MarkdownRendering
{
    public static IServiceCollection AddMarkdown(this IServiceCollection services) => services.AddSingleton<MarkdownRenderer>();
}
