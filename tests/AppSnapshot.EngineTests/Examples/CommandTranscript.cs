namespace AppSnapshot.EngineTests.Examples;

/// <summary>One command of an example as it ran: what it shows, and what a console user would have seen.</summary>
public sealed record CommandTranscript(ExampleCommand Command, IReadOnlyList<TranscriptLine> Written)
{
    public string? Difference => ShownOutput.Compare(Command.ShownOutput, Written);
}
