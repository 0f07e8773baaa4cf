namespace AppSnapshot.EngineTests.Examples;

/// <summary>One command of an example as a user types it (continuation lines included) and the lines the example shows after it.</summary>
public sealed record ExampleCommand(string Text, IReadOnlyList<string> ShownOutput);
