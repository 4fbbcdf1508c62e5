using KnowledgeBase.Web.Rendering;

namespace KnowledgeBase.Web.Tests.Rendering;

public sealed class CountsTests
{
    [Theory]
    [InlineData(7, "7")]
    [InlineData(1012, "1,012")]
    [InlineData(21882, "21,882")]
    public void A_count_is_grouped_in_thousands(int count, string shown) =>
        Assert.Equal(shown, Counts.Format(count));
}
