namespace KnowledgeBase.TestSupport;

/// <summary>A database of its own with no schema yet, as a new user's server has it: the test migrates it, or not.</summary>
public sealed class EmptyTestDatabase : TestDatabase
{
    protected override bool Migrated => false;
}
