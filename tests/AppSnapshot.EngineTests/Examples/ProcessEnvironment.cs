using System.Collections;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// Process environment variables for the length of one example, then exactly the environment from
/// before (variables the example set itself are removed or restored too). Process-wide: only for
/// tests in a collection that runs alone.
/// </summary>
public sealed class ProcessEnvironment : IDisposable
{
    private readonly Dictionary<string, string> _before;

    public ProcessEnvironment(IReadOnlyDictionary<string, string> variables)
    {
        _before = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
        foreach (var (name, value) in variables) Environment.SetEnvironmentVariable(name, value);
    }

    public void Dispose()
    {
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (!_before.ContainsKey((string)entry.Key)) Environment.SetEnvironmentVariable((string)entry.Key, null);
        }
        foreach (var (name, value) in _before)
        {
            if (Environment.GetEnvironmentVariable(name) != value) Environment.SetEnvironmentVariable(name, value);
        }
    }
}
