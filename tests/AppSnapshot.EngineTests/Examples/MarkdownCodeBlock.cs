namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// A fenced code block of a markdown file: its language, its lines, where it starts (1-based line of
/// the opening fence), the heading it sits under, and the HTML comment on the line before the fence, if any.
/// </summary>
public sealed record MarkdownCodeBlock(string Language, IReadOnlyList<string> Lines, int Line, string Heading, string? MarkComment);
