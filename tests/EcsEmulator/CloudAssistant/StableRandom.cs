namespace EcsEmulator.CloudAssistant;

internal static class StableRandom
{
    /// <summary>A jitter source that depends only on the ids (string.GetHashCode is randomised per process).</summary>
    public static Random For(string a, string b)
    {
        var hash = 17;
        foreach (var c in a + "/" + b) hash = unchecked(hash * 31 + c);
        return new Random(hash);
    }
}
