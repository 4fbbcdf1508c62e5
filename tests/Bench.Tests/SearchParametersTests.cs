namespace KnowledgeBase.Bench.Tests;

public sealed class SearchParametersTests
{
    [Fact]
    public void A_single_code_turns_on_the_family_prefix_and_fuzzy_tiers()
    {
        var parameters = SearchParameters.For("InvalidParamater.IsNull");

        Assert.Equal("{\"invalidparamater.isnull\"}", parameters.Keys);
        Assert.Equal("invalidparamater.isnull", parameters.Family);
        Assert.Equal("invalidparamater.isnull%", parameters.Prefix);
        Assert.Equal("invalidparamater.isnull", parameters.Fuzzy);
        Assert.NotEqual("", parameters.FullText);
        Assert.Equal("", parameters.Message);
    }

    [Fact]
    public void A_message_is_matched_with_every_word_and_ranked_without_its_stop_words()
    {
        var parameters = SearchParameters.For("You are not authorized to access this request");

        Assert.Equal("you are not authorized to access this request", parameters.FullText);
        Assert.Equal("authorized access request", parameters.Rank);
        Assert.Equal("", parameters.WithoutValues);
        Assert.Equal("You are not authorized to access this request", parameters.Message);
    }

    [Fact]
    public void A_message_with_an_id_in_it_is_retried_without_it()
    {
        var parameters = SearchParameters.For("The instance ID i-0abc123 does not exist");

        Assert.Equal("the instance id does not exist", parameters.WithoutValues);
    }

    [Fact]
    public void A_log_line_is_retried_with_the_message_at_its_end()
    {
        var parameters = SearchParameters.For("worker[7]: sync failed: password authentication failed for user \"app\"");

        Assert.Equal(("password authentication failed for user", "password authentication failed for user \"app\""), (parameters.TailQuery, parameters.TailMessage));
    }

    [Fact]
    public void A_line_carries_the_words_the_messages_it_may_fill_are_indexed_by()
    {
        var parameters = SearchParameters.For("Could not find artifact com.example:lib in central");

        Assert.Equal("{\"\",\"could\",\"not\",\"find\",\"artifact\",\"com\",\"example\",\"lib\",\"in\",\"central\"}", parameters.FilledWords);
    }

    [Fact]
    public void A_long_code_holds_the_ends_the_typo_tier_holds()
    {
        var parameters = SearchParameters.For("InvalidParamater.IsNull");

        Assert.Equal("invalidparamate", parameters.FuzzyHead);
        Assert.Equal("llunsi.retamara", parameters.FuzzyTail);
        Assert.Equal("invalid", parameters.FuzzyStart);
        Assert.Equal("llunsi.%", parameters.FuzzyEnd);
    }

    [Fact]
    public void A_number_gets_no_family_prefix_or_fuzzy_tier_and_numeric_suggestions()
    {
        var parameters = SearchParameters.For("40013");

        Assert.Equal("", parameters.Family);
        Assert.Equal("", parameters.Prefix);
        Assert.Equal("", parameters.Fuzzy);
        Assert.True(parameters.SuggestNumeric);
        Assert.Contains("\"40031\"", parameters.Neighbours, StringComparison.Ordinal);
        Assert.Equal("{}", parameters.Statuses);
    }

    [Fact]
    public void Words_get_full_text_and_an_any_word_retry_but_no_code_tiers()
    {
        var parameters = SearchParameters.For("snapshot quota exceeded 429");

        Assert.Equal("", parameters.Family);
        Assert.Equal("", parameters.Fuzzy);
        Assert.Equal("{429}", parameters.Statuses);
        Assert.Contains("snapshot", parameters.FullText, StringComparison.Ordinal);
        Assert.Contains(" or ", parameters.AnyWord, StringComparison.Ordinal);
    }

    [Fact]
    public void Like_wildcards_in_a_code_are_escaped()
    {
        Assert.Equal("err\\_bucket\\_locked%", SearchParameters.For("ERR_BUCKET_LOCKED").Prefix);
    }
}
