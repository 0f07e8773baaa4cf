namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// For whoever writes an example: with APPSNAPSHOT_EXAMPLE_TRANSCRIPTS set to a folder, every example's
/// console transcript is written there (one file per example), ready to be shown after its commands.
/// </summary>
public static class TranscriptFiles
{
    public const string Variable = "APPSNAPSHOT_EXAMPLE_TRANSCRIPTS";

    public static void WriteIfAsked(DocumentedExample example, IReadOnlyList<CommandTranscript> transcripts, string? folder)
    {
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        var name = string.Concat(example.Key.Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '_')) + ".txt";
        var text = transcripts.Select(t => "PS C:\\> " + t.Command.Text + "\n" + string.Join("\n", t.Written.Select(l => l.ToString())));
        File.WriteAllText(Path.Combine(folder, name), string.Join("\n", text) + "\n");
    }
}
