namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// An example the documentation gives: where it is (<see cref="Source"/>, a repository-relative file,
/// and <see cref="Name"/> within it, together the <see cref="Key"/> arrangements are looked up by),
/// and the commands to run exactly as written.
/// </summary>
public sealed record DocumentedExample(string Source, string Name, IReadOnlyList<ExampleCommand> Commands)
{
    public string Key => Source + " | " + Name;

    public override string ToString() => Key;
}
