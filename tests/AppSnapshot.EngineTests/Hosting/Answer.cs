namespace AppSnapshot.EngineTests.Hosting;

/// <summary>A reply to a confirmation prompt; matched to the prompt's choices by label ("Yes to &amp;All" is YesToAll).</summary>
public enum Answer
{
    Yes,
    YesToAll,
    No,
    NoToAll,
}
