namespace EcsEmulator.Tests.Support;

public sealed record Credentials(string AccessKeyId, string AccessKeySecret, string? SecurityToken = null)
{
    public static readonly Credentials Default = new(EmulatorHost.AccessKeyId, EmulatorHost.AccessKeySecret);
}
