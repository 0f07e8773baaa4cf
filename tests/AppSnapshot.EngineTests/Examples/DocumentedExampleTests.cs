using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>Every documented example runs as written in the real engine against the emulator and shows what it writes.</summary>
[Collection(ExamplesCollection.Name)]
public class DocumentedExampleTests
{
    private readonly EmulatorFixture _emulator;

    public DocumentedExampleTests(EmulatorFixture emulator) => _emulator = emulator;

    [Theory]
    [MemberData(nameof(ExampleCatalog.Keys), MemberType = typeof(ExampleCatalog))]
    public void TheExampleRunsAsWrittenAndWritesWhatItShows(string key)
    {
        var example = ExampleCatalog.Get(key);
        var transcriptFolder = Environment.GetEnvironmentVariable(TranscriptFiles.Variable);

        var transcripts = ExampleRunner.Run(example, ExampleArrangements.For(key), _emulator);

        TranscriptFiles.WriteIfAsked(example, transcripts, transcriptFolder);
        var screen = string.Join("\n", transcripts.SelectMany(t => t.Written).Select(l => l.Text));
        Assert.False(screen.Contains(EcsEmulator.EmulatorHost.AccessKeySecret, StringComparison.Ordinal), key + ": the AccessKey secret reached the console.");
        var failures = transcripts.Where(t => t.Difference != null)
            .Select(t => "PS C:\\> " + t.Command.Text + "\n" + t.Difference + "\n\nAs written to the console:\n" + ShownOutput.Head(t.Written.Select(l => l.ToString()).ToList()));
        var arranged = ExampleArrangements.For(key).Why;
        Assert.True(!failures.Any(), key + (arranged.Length > 0 ? " (arranged: " + arranged + ")" : "") + "\n\n" + string.Join("\n\n----\n\n", failures));
    }
}
