namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// Compares what a command wrote to the console with what its example shows, line by line after
/// <see cref="VolatileTokens"/> (blank lines do not count). A shown line <c>...</c> stands for any number
/// of lines, but never for an error, a warning or a prompt. An example that shows no output is not
/// checked for output, but it must not write an error, a warning or a prompt either: whatever a reader
/// would see besides ordinary output must be shown.
/// </summary>
public static class ShownOutput
{
    public const string Elision = "...";

    /// <returns>Null when they agree, else what differs.</returns>
    public static string? Compare(IReadOnlyList<string> shown, IReadOnlyList<TranscriptLine> written)
    {
        var actual = written.Select(l => l with { Text = VolatileTokens.Normalize(l.Text) }).Where(l => l.Text.Length > 0).ToList();
        var expected = shown.Select(VolatileTokens.Normalize).Where(l => l.Length > 0).ToList();
        if (expected.Count == 0)
        {
            var unshown = actual.Where(MustBeShown).ToList();
            return unshown.Count == 0 ? null : "The example shows no output, but the command wrote:\n" + string.Join("\n", unshown);
        }
        return Matches(expected, 0, actual, 0)
            ? null
            : "Shown (normalised):\n" + string.Join("\n", expected) + "\n\nWritten (normalised):\n" + Head(actual.Select(l => l.Text).ToList());
    }

    private static bool MustBeShown(TranscriptLine line) => line.Kind is TranscriptKind.Error or TranscriptKind.Warning or TranscriptKind.Prompt;

    /// <summary>The first lines of a long output (a fleet writes hundreds), and how many follow.</summary>
    public static string Head(IReadOnlyList<string> lines, int count = 40) =>
        string.Join("\n", lines.Take(count)) + (lines.Count > count ? "\n... and " + (lines.Count - count) + " more line(s)" : "");

    private static bool Matches(IReadOnlyList<string> expected, int e, IReadOnlyList<TranscriptLine> actual, int a)
    {
        if (e == expected.Count) return a == actual.Count;
        if (expected[e] == Elision)
        {
            for (var skip = a; skip <= actual.Count; skip++)
            {
                if (Matches(expected, e + 1, actual, skip)) return true;
                if (skip < actual.Count && MustBeShown(actual[skip])) return false;
            }
            return false;
        }
        return a < actual.Count && expected[e] == actual[a].Text && Matches(expected, e + 1, actual, a + 1);
    }
}
