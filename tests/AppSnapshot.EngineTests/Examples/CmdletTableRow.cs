namespace AppSnapshot.EngineTests.Examples;

/// <summary>One row of the README's cmdlet table: the cmdlet and the examples its second column gives.</summary>
public sealed record CmdletTableRow(string Cmdlet, IReadOnlyList<string> Examples);
