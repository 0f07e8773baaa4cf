namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>An output type of the module that binds into a cmdlet by property name.</summary>
public sealed record BindingPair(string OutputType, string Cmdlet)
{
    private const string Arrow = " -> ";

    public string Key => OutputType + Arrow + Cmdlet;

    public static BindingPair Parse(string key)
    {
        var at = key.IndexOf(Arrow, StringComparison.Ordinal);
        return new BindingPair(key[..at], key[(at + Arrow.Length)..]);
    }

    public override string ToString() => Key;
}
