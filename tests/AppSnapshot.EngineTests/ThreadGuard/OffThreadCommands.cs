using System.Management.Automation;

namespace AppSnapshot.EngineTests.ThreadGuard;

/// <summary>
/// Deliberately broken cmdlets: each writes or asks from a thread-pool thread, as the module did before
/// every write went through the pipeline dispatcher. They exist to prove the checks catch that.
/// </summary>
[Cmdlet(VerbsCommunications.Write, "OffThreadDebug")]
public sealed class WriteOffThreadDebugCommand : PSCmdlet
{
    protected override void ProcessRecord() => Task.Run(() => WriteDebug("written from a worker thread")).GetAwaiter().GetResult();
}

[Cmdlet(VerbsCommon.Remove, "OffThreadThing", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
public sealed class RemoveOffThreadThingCommand : PSCmdlet
{
    protected override void ProcessRecord() => Task.Run(() => ShouldProcess("thing", "Remove")).GetAwaiter().GetResult();
}
