namespace EcsEmulator.State;

internal sealed record Region(string RegionId, string LocalName, string RegionEndpoint);
