using KnowledgeBase.Data.Search;

namespace KnowledgeBase.Data.Tests.Search;

public sealed class MessageKeysTests
{
    [Theory]
    [InlineData("Table 'orders' already exists.", "table '…' already exists")]
    [InlineData("FATAL: database \"app\" does not exist", "fatal: database \"…\" does not exist")]
    [InlineData("Unique constraint failed on the fields: (`email`)", "unique constraint failed on the fields: (`…`)")]
    [InlineData("Request timed out after 30 seconds", "request timed out after … seconds")]
    [InlineData("dial tcp 10.0.4.12:8500: i/o timeout", "dial tcp …: i/o timeout")]
    [InlineData("dial tcp [::1]:2019: connect: connection refused", "dial tcp …: connect: connection refused")]
    [InlineData("connect to 192.168.1.20 port 22 failed", "connect to … port … failed")]
    public void A_message_is_keyed_as_pasted_and_with_its_values_as_placeholders(string message, string shaped)
    {
        var keys = MessageKeys.Of([message]);

        Assert.Equal([message.ToLowerInvariant().TrimEnd('.'), shaped], keys);
    }

    [Fact]
    public void A_message_as_pasted_keeps_its_values() =>
        Assert.Equal(["table 'orders' already exists"], MessageKeys.AsPasted(["Table 'orders' already exists."]));

    [Fact]
    public void A_number_inside_a_word_stays() =>
        Assert.Equal(["at=error code=h12"], MessageKeys.Of(["at=error code=H12"]));
}
