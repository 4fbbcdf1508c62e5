using System.Globalization;

namespace KnowledgeBase.Web.Rendering;

public static class Counts
{
    /// <summary>A count as the pages show it, grouped in thousands whatever the server's culture: 21,882 error codes.</summary>
    public static string Format(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
