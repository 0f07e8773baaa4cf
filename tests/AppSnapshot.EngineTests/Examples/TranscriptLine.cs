namespace AppSnapshot.EngineTests.Examples;

/// <summary>What the stream of a console line was: the reader sees them all, the test must tell errors and warnings apart.</summary>
public enum TranscriptKind
{
    Output,
    Error,
    Warning,
    Verbose,
    Debug,
    Prompt,
}

/// <summary>One line a console user would see.</summary>
public sealed record TranscriptLine(TranscriptKind Kind, string Text)
{
    /// <summary>The line, marked with its stream where the console would show it in colour.</summary>
    public override string ToString() => Kind is TranscriptKind.Error or TranscriptKind.Prompt ? "[" + Kind + "] " + Text : Text;
}
