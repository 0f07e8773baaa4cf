using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// What the test puts in place for one example, never by editing its text: emulator state and local
/// files before it (<see cref="Before"/>), state of the reader's own session (<see cref="InReadersSession"/>),
/// state between its commands where time passes in the story (<see cref="BeforeCommand"/>, by 0-based
/// command index), and the user's answers to the prompts it shows.
/// </summary>
public sealed record ExampleArrangement
{
    public static ExampleArrangement None { get; } = new();

    /// <summary>Why the arrangement is needed: what the reader's account has that the fresh emulator does not.</summary>
    public string Why { get; init; } = "";
    public Action<ExampleSetup>? Before { get; init; }

    /// <summary>
    /// PowerShell run, unshown, in the reader's session before the first command: what lives in that
    /// session and nowhere else, such as the defaults an earlier Set-AppSnapshotDefault left there.
    /// It must run clean (no error, no warning).
    /// </summary>
    public string? InReadersSession { get; init; }
    public IReadOnlyDictionary<int, Action<ExampleSetup>> BeforeCommand { get; init; } = new Dictionary<int, Action<ExampleSetup>>();
    public IReadOnlyList<Answer> Answers { get; init; } = [];
}
