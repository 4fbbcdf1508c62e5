namespace KnowledgeBase.Web.Pages;

/// <summary>What a "Did this help?" form is about: an entry or an article.</summary>
public sealed record FeedbackTarget(long Id, bool IsArticle, bool Thanked);
