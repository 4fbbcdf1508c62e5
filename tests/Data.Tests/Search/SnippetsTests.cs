using KnowledgeBase.Data.Search;

namespace KnowledgeBase.Data.Tests.Search;

public sealed class SnippetsTests
{
    private static HashSet<string> Lexemes(params string[] lexemes) => new(lexemes, StringComparer.Ordinal);

    private static string Filler(int words, string word = "lorem") => string.Join(' ', Enumerable.Repeat(word, words));

    [Fact]
    public void Markdown_marks_and_link_targets_are_dropped_and_text_is_escaped() =>
        Assert.Equal(
            "the API calls it <mark>ThrottlingException</mark> &lt;b&gt; &amp; more",
            Snippets.Build("the API calls it [**ThrottlingException**](/codes/aws/ecr/ThrottlingException) <b> & `more`", Lexemes("throttlingexception")));

    [Fact]
    public void English_stems_mark_the_words_they_stand_for_and_punctuation_stays_outside_the_mark() =>
        Assert.Equal(
            "The <mark>policy</mark> has <mark>expired</mark>; <mark>policies</mark> <mark>expire</mark>.",
            Snippets.Build("The policy has expired; policies expire.", Lexemes("polici", "expir")));

    [Fact]
    public void A_part_of_an_identifier_marks_the_whole_identifier_when_it_is_a_query_word_as_such() =>
        Assert.Equal(
            "Retry <mark>RequestLimitExceeded</mark> or <mark>ERR_RATE_LIMIT</mark> after DescribeLimits.",
            Snippets.Build("Retry RequestLimitExceeded or ERR_RATE_LIMIT after DescribeLimits.", Lexemes("limit")));

    [Fact]
    public void Short_stems_mark_only_their_plural()
    {
        Assert.Equal("<mark>keys</mark> keyboard <mark>key</mark>", Snippets.Build("keys keyboard key", Lexemes("key")));
        Assert.False(Snippets.IsStemOf("access", "accessibility"));
        Assert.True(Snippets.IsStemOf("authoriz", "authorized"));
    }

    [Fact]
    public void A_long_text_is_cut_to_the_window_that_holds_the_query_words()
    {
        var text = $"{Filler(100)} the certificate has expired {Filler(100)}";

        var snippet = Snippets.Build(text, Lexemes("certif", "expir"));

        Assert.Contains("<mark>certificate</mark> has <mark>expired</mark>", snippet);
        Assert.StartsWith("lorem lorem the <mark>certificate</mark>", snippet);
        Assert.Equal(32, snippet.Split(' ').Length);
    }

    [Fact]
    public void Query_words_far_apart_are_shown_as_two_fragments_in_text_order()
    {
        var text = $"{Filler(5)} quota {Filler(80)} throttled {Filler(40)}";

        var snippet = Snippets.Build(text, Lexemes("quota", "throttl"));

        var fragments = snippet.Split(" … ");
        Assert.Equal(2, fragments.Length);
        Assert.Contains("<mark>quota</mark>", fragments[0]);
        Assert.Contains("<mark>throttled</mark>", fragments[1]);
    }

    [Fact]
    public void Without_a_match_the_snippet_is_the_opening_of_the_text() =>
        Assert.Equal(Filler(32, "word"), Snippets.Build(Filler(50, "word"), Lexemes("absent")));

    [Fact]
    public void Lexemes_of_a_tsquery_leave_out_excluded_words_and_stop_words() =>
        Assert.Equal(
            ["back", "found", "it's", "slash"],
            Snippets.LexemesOf("'found' & !'foo' & 'back' <-> 'slash' | 'not' <-> 'found' & !( 'a' <-> 'b' ) & 'it''s'").Order(StringComparer.Ordinal));
}
