namespace EcsEmulator;

/// <summary>A file in an instance's simulated file system, exactly as SendFile (or the fixture) put it there.</summary>
public sealed record SimulatedFile(string Path, string Content, string Owner, string Group, string Mode, DateTimeOffset ModifiedTime);
