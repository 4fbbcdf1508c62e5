using KnowledgeBase.Data.Codes;

namespace KnowledgeBase.Data.Tests.Codes;

public sealed class CodeKeyTests
{
    [Theory]
    [InlineData("RequestLimitExceeded", "requestlimitexceeded")]
    [InlineData("  InvalidInstanceID.NotFound ", "invalidinstanceid.notfound")]
    [InlineData("Client.UnauthorizedOperation", "unauthorizedoperation")]
    [InlineData("Server.InternalError", "internalerror")]
    [InlineData("TOOMANYREQUESTS:", "toomanyrequests")]
    [InlineData("(RequestLimitExceeded)", "requestlimitexceeded")]
    [InlineData("[ThrottlingException]:", "throttlingexception")]
    [InlineData("net::ERR_CERT_COMMON_NAME_INVALID", "err_cert_common_name_invalid")]
    [InlineData("429", "429")]
    public void Normalize_folds_case_prefixes_and_punctuation(string code, string expected) =>
        Assert.Equal(expected, CodeKey.Normalize(code));

    [Theory]
    [InlineData("InvalidParameter.IsNull", "invalidparameter")]
    [InlineData("MissingParameter.CommandId", "missingparameter")]
    [InlineData("Client.InvalidGroup.NotFound", "invalidgroup")]
    [InlineData("Throttling", null)]
    public void FamilyOf_is_the_part_before_the_first_dot(string code, string? expected) =>
        Assert.Equal(expected, CodeKey.FamilyOf(code));

    [Fact]
    public void A_bare_prefix_is_kept_as_a_code() => Assert.Equal("client.", CodeKey.Normalize("Client."));
}
