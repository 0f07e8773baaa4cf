using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// The tools an arrangement has: the emulator's control API, the cmdlets in a session of their own
/// (explicit -Endpoint/-Credential/-RegionId, no process environment), the example's working folder,
/// and more process environment for the example.
/// </summary>
public sealed class ExampleSetup
{
    private readonly Dictionary<string, string> _environment;

    public ExampleSetup(EmulatorFixture emulator, EngineSession session, string workingDirectory, Dictionary<string, string> environment)
    {
        Emulator = emulator;
        Session = session;
        WorkingDirectory = workingDirectory;
        _environment = environment;
    }

    public EmulatorFixture Emulator { get; }
    public EcsEmulator.EmulatorControl Control => Emulator.Control;
    public EngineSession Session { get; }
    public string WorkingDirectory { get; }

    /// <summary>Runs cmdlets in the arrangement's session; they must succeed.</summary>
    public EngineRun Run(string script, params (string Name, object? Value)[] variables) => Session.Run(script, variables).AssertClean();

    /// <summary>Runs cmdlets that are expected to write errors too (a failed plug-in run the example explains).</summary>
    public EngineRun RunAllowingErrors(string script, params (string Name, object? Value)[] variables)
    {
        var run = Session.Run(script, variables);
        Assert.Null(run.Exception);
        return run;
    }

    /// <summary>A snapshot-consistent group made through the cmdlets (the emulator clock moves past the run).</summary>
    public string CreateGroup(string instanceId, string name) => Groups.Create(Emulator, Session, instanceId, name);

    /// <summary>A group created <paramref name="age"/> ago: the emulator clock goes back, the run is made, the clock comes forward again.</summary>
    public string CreateGroupAged(string instanceId, string name, TimeSpan age)
    {
        Control.AdvanceClock(-age);
        var id = CreateGroup(instanceId, name);
        Control.AdvanceClock(age);
        return id;
    }

    /// <summary>The role AppSnapshotRoleName and the policy AppSnapshotPolicy exist, as after Initialize-AppSnapshotRamRole.</summary>
    public void InitializeAccount() => Run("Initialize-AppSnapshotRamRole -Confirm:$false");

    /// <summary>The MySQL freeze/thaw scripts on the instance, so its snapshots are application-consistent.</summary>
    public void UploadMySqlScripts(string instanceId) => Run("Send-AppSnapshotScript -InstanceId $id -Template MySQL", ("id", instanceId));

    /// <summary>The instance with no RAM role, as an instance of a new account is.</summary>
    public void DetachRole(string instanceId) => Run("Remove-EcsInstanceRamRole -InstanceId $id -Confirm:$false", ("id", instanceId));

    public void WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(WorkingDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>
    /// A profile of that name in a credentials file of the example's folder (ALIBABA_CLOUD_CREDENTIALS_FILE),
    /// holding the emulator's AccessKey, as the reader's ~/.alibabacloud/credentials would.
    /// </summary>
    public void AddCredentialsProfile(string name)
    {
        WriteFile("credentials", "[" + name + "]\ntype = access_key\naccess_key_id = " + EcsEmulator.EmulatorHost.AccessKeyId + "\naccess_key_secret = " + EcsEmulator.EmulatorHost.AccessKeySecret + "\n");
        SetEnvironment("ALIBABA_CLOUD_CREDENTIALS_FILE", Path.Combine(WorkingDirectory, "credentials"));
    }

    /// <summary>A process environment variable for the example, restored afterwards.</summary>
    public void SetEnvironment(string name, string value) => _environment[name] = value;
}
