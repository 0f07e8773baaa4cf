using AppSnapshot.Client;
using AppSnapshot.Demo;
using AppSnapshot.Models;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow;
using EcsEmulator;

// The seed's MySQL-on-Linux best practice, end to end, through the operations behind the cmdlets.
string? endpoint = null;
var verbose = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--endpoint" when i + 1 < args.Length: endpoint = args[++i]; break;
        case "--verbose": verbose = true; break;
        case "-h": case "--help":
            Console.WriteLine("dotnet run --project tools/AppSnapshot.Demo -c Release [-- --endpoint URL] [--verbose]");
            Console.WriteLine("  (no option)     starts the ECS emulator in-process (default fixture, speed factor 0.05)");
            Console.WriteLine("  --endpoint URL  uses an emulator already running there; credentials come from the usual");
            Console.WriteLine("                  ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET variables (or profile)");
            return 0;
        default: Console.Error.WriteLine("Unknown option " + args[i] + "; see --help."); return 2;
    }
}

const string Instance = "i-mysql-centos79";
const string Region = "cn-hangzhou";
const string GroupName = "demo-mysql";
var ct = CancellationToken.None;

EmulatorHost? host = null;
string? home = null;
try
{
    AcsSession session;
    WorkflowSettings settings;
    if (endpoint == null)
    {
        host = await EmulatorHost.StartAsync(new EmulatorOptions { SpeedFactor = 0.05, Seed = 1 });
        Console.WriteLine("ECS emulator started in-process at " + host.BaseUri + " (speed factor 0.05: a 4 s plug-in run takes 0.2 s).");
        home = Directory.CreateTempSubdirectory("appsnap-demo-").FullName;
        session = new ClientFactory(new ClientEnvironment(_ => null, home)).Connect(new ConnectionOptions
        {
            AccessKeyId = EmulatorHost.AccessKeyId,
            AccessKeySecret = EmulatorHost.AccessKeySecret,
            RegionId = Region,
            Endpoint = host.BaseUri.ToString(),
        });
        // The emulator runs 20x faster than the cloud: poll 20x more often so the demo takes seconds.
        settings = new WorkflowSettings
        {
            PendingInvocations = new PendingInvocationRegistry(),
            Polling = new PollingSettings
            {
                InitialInterval = TimeSpan.FromMilliseconds(150),
                MinInterval = TimeSpan.FromMilliseconds(50),
                MaxInterval = TimeSpan.FromMilliseconds(250),
            },
        };
    }
    else
    {
        session = ClientFactory.Shared.Connect(new ConnectionOptions { Endpoint = endpoint, RegionId = Region });
        Console.WriteLine("Using the emulator at " + endpoint + " (credentials: " + session.CredentialSource + ").");
        settings = new WorkflowSettings { PendingInvocations = new PendingInvocationRegistry() };
    }
    Console.WriteLine("PS> Connect-AppSnapshot -RegionId " + Region + "   # the session every step below uses");

    // 1. RAM role and policy for the plug-in.
    Printer.Step(1, "Create the RAM role the plug-in uses", "Initialize-AppSnapshotRamRole");
    var setup = await Run((s) => new RamRoleSetupOperation(session).RunAsync(new RamRoleSetupRequest(), s, ct));
    Printer.List(setup.Objects);

    // 2. Find the MySQL instances.
    Printer.Step(2, "Find the MySQL instances", "Get-EcsInstance -Tag @{ role = 'mysql' }");
    var query = new InstanceQueryRequest();
    query.Tags["role"] = "mysql";
    var found = await Run((s) => new InstanceQueryOperation(session).RunAsync(query, s, ct));
    Printer.Table(found.Objects, "InstanceId", "InstanceName", "Status", "OSType", "Platform", "RamRoleName", "ZoneId");
    var mysql = found.Objects.OfType<EcsInstance>().Select(i => i.InstanceId).ToList();
    if (!mysql.Contains(Instance)) { Printer.Colored(ConsoleColor.Red, Instance + " not found; the demo expects the default fixture."); return 1; }

    // 3. Attach the role to the instance.
    Printer.Step(3, "Attach the role to the instance", $"Set-EcsInstanceRamRole -InstanceId {Instance} -RamRoleName {SnapshotRolePolicy.DefaultRoleName} -Force");
    var attach = new InstanceRamRoleAttachRequest { RoleName = SnapshotRolePolicy.DefaultRoleName, Force = true };
    attach.Instances.Add(new InstanceTarget(Instance));
    var attached = await Run((s) => new AttachInstanceRamRoleOperation(session).RunAsync(attach, s, ct));
    Printer.List(attached.Objects);

    // 4. Upload the MySQL freeze/thaw scripts.
    Printer.Step(4, "Upload the MySQL pre/post scripts (root, 0700)", $"Send-AppSnapshotScript -InstanceId {Instance} -Template MySQL");
    var upload = new ScriptUploadRequest { TemplateName = "MySQL" };
    upload.Instances.Add(new InstanceTarget(Instance));
    var uploaded = await Run((s) => new ScriptUploadOperation(session, settings).RunAsync(upload, s, ct));
    Printer.List(uploaded.Objects);

    // 5. Check the prerequisites.
    Printer.Step(5, "Check the prerequisites", $"Test-AppSnapshotPrerequisite -InstanceId {Instance}");
    var check = new PrerequisiteRequest();
    check.Instances.Add(new InstanceTarget(Instance));
    var checkedReport = await Run((s) => new PrerequisiteOperation(session).RunAsync(check, s, ct));
    foreach (var report in checkedReport.Objects.OfType<PrerequisiteReport>())
    {
        Console.WriteLine($"InstanceId : {report.InstanceId}    Ready : {report.Ready}");
        Console.WriteLine();
        Printer.Table(report.Checks, "Name", "Passed", "Severity", "Detail");
    }

    // 6. The application-consistent snapshot group.
    Printer.Step(6, "Create the application-consistent snapshot group", $"New-AppConsistentSnapshotGroup -InstanceId {Instance} -Name {GroupName}");
    var runRequest = new SnapshotRunRequest { Name = GroupName };
    runRequest.Instances.Add(new InstanceTarget(Instance));
    var run = await Run((s) => new SnapshotRunOperation(session, settings).RunAsync(runRequest, s, ct));
    Printer.List(run.Objects, "LogLines", "RequestIds");
    foreach (var result in run.Objects.OfType<AppSnapshotResult>())
    {
        Printer.Table(result.Snapshots, "SnapshotId", "SourceDiskId", "SourceDiskType", "Status", "Consistency");
        Console.WriteLine("PS> $result.LogLines   # the plug-in's log");
        foreach (var line in result.LogLines) Console.WriteLine("  " + line);
        Console.WriteLine();
    }

    // 7. List the groups.
    Printer.Step(7, "List the instance's snapshot groups", $"Get-EcsSnapshotGroup -InstanceId {Instance} -Name {GroupName}");
    var list = new SnapshotGroupQueryRequest();
    list.Selection.InstanceIds.Add(Instance);
    list.Selection.NamePattern = GroupName;
    var groups = await Run((s) => new SnapshotGroupListOperation(session).RunAsync(list, s, ct));
    Printer.Table(groups.Objects, "SnapshotGroupId", "Name", "Status", "InstanceId", "Consistency", "CreationTime");

    var outcome = run.Objects.OfType<AppSnapshotResult>().SingleOrDefault();
    var ok = outcome is { Succeeded: true, Consistency: Consistency.Application } && run.Errors.Count == 0;
    Console.WriteLine();
    if (ok) Printer.Colored(ConsoleColor.Green, $"Done: {outcome!.SnapshotGroupId} on {Instance} is Application-consistent (freeze window {outcome.FreezeDuration}).");
    else Printer.Colored(ConsoleColor.Red, $"The snapshot is not Application-consistent: {(outcome == null ? "no result" : outcome.Consistency + ", " + outcome.Status)}.");
    return ok ? 0 : 1;
}
catch (Exception ex) when (ex is AcsConfigurationException or AcsApiException or AcsTransportException or HttpRequestException)
{
    Printer.Colored(ConsoleColor.Red, "Error: " + ex.Message);
    return 1;
}
finally
{
    if (host != null) await host.DisposeAsync();
    if (home != null) try { Directory.Delete(home, recursive: true); } catch (IOException) { }
}

async Task<ConsoleSink> Run(Func<ConsoleSink, Task> operation)
{
    var sink = new ConsoleSink(verbose);
    await operation(sink);
    return sink;
}
