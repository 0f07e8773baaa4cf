namespace AppSnapshot.EngineTests.Hosting;

/// <summary>A choice prompt the engine showed (ShouldProcess under -Confirm, or ShouldContinue), and what the script answered.</summary>
/// <param name="OnThreadPool">Asked from a thread-pool thread: never the pipeline thread, so a defect.</param>
public sealed record Prompt(string Caption, string Message, IReadOnlyList<string> Choices, Answer Answer, int ThreadId, bool OnThreadPool);
