using System.Management.Automation;
using System.Security;
using EcsEmulator;

namespace AppSnapshot.EngineTests.Hosting;

/// <summary>PSCredentials as a user would pass them to -Credential: AccessKey id as user name, secret as password.</summary>
public static class TestCredential
{
    public static PSCredential Emulator { get; } = For(EmulatorHost.AccessKeyId, EmulatorHost.AccessKeySecret);

    public static PSCredential For(string accessKeyId, string secret)
    {
        var password = new SecureString();
        foreach (var c in secret) password.AppendChar(c);
        password.MakeReadOnly();
        return new PSCredential(accessKeyId, password);
    }
}
