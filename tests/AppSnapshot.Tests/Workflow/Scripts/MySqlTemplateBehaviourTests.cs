using System.Runtime.Versioning;
using AppSnapshot.Workflow.Scripts;

namespace AppSnapshot.Tests.Workflow.Scripts;

/// <summary>
/// Runs the MySQL pre/post scripts against a fake <c>mysql</c> client in a private directory.
/// Needs bash and root (the scripts insist on a root-owned option file); elsewhere they return early.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class MySqlTemplateBehaviourTests : IDisposable
{
    private const string FakeMysql = """
        #!/bin/bash
        # Fake mysql client: logs calls, plays the lock-holding session and the processlist.
        dir=$(dirname "$0")/..
        [ -z "${MYSQL_PWD+x}" ] || echo "MYSQL_PWD LEAKED" >>"$dir/calls.log"
        sql="${*: -1}"
        echo "$*" >>"$dir/calls.log"
        holder_alive() { [ -f "$dir/holder.pid" ] && grep -q '^State:[[:space:]]*[^Z]' "/proc/$(cat "$dir/holder.pid")/status" 2>/dev/null; }
        case "$sql" in
          *"FLUSH TABLES WITH READ LOCK"*) echo $$ >"$dir/holder.pid"; exec sleep 60 ;;
          *PROCESSLIST*) if holder_alive && [ ! -f "$dir/never-confirm" ]; then echo 42; fi ;;
          "KILL 42") if holder_alive; then kill "$(cat "$dir/holder.pid")"; else echo "Unknown thread id: 42" >&2; exit 1; fi ;;
          "SELECT 1") echo 1 ;;
        esac
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "appsnapshot-mysql-" + Guid.NewGuid().ToString("N"));
    private readonly bool _runnable = BashRunner.Available && Environment.UserName == "root";

    public MySqlTemplateBehaviourTests()
    {
        if (!_runnable)
        {
            return;
        }

        Directory.CreateDirectory(Path.Combine(_dir, "bin"));
        WriteExecutable(Path.Combine(_dir, "bin", "mysql"), FakeMysql);
        var cnf = Path.Combine(_dir, "mysql.cnf");
        File.WriteAllText(cnf, "[client]\nuser=backup\n");
        File.SetUnixFileMode(cnf, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var template = ScriptTemplates.Get("MySQL");
        WriteExecutable(Path.Combine(_dir, "prescript.sh"), Localize(template.PreScript));
        WriteExecutable(Path.Combine(_dir, "postscript.sh"), Localize(template.PostScript));
    }

    private string Handle => Path.Combine(_dir, "state", "mysql-freeze.lock");
    private string Calls => File.Exists(Path.Combine(_dir, "calls.log")) ? File.ReadAllText(Path.Combine(_dir, "calls.log")) : "";

    [Fact]
    public void PreScriptHoldsTheLockUntilThePostScriptReleasesIt()
    {
        if (!_runnable)
        {
            return;
        }

        var (preExit, preOutput) = Run("prescript.sh");
        Assert.True(preExit == 0, preOutput);
        Assert.Contains("Read lock held by connection 42", preOutput);
        Assert.Contains("connection_id=42", File.ReadAllText(Handle));
        Assert.True(HolderAlive(), "the lock session must outlive the pre-script");

        var (postExit, postOutput) = Run("postscript.sh");
        Assert.True(postExit == 0, postOutput);
        Assert.Contains("KILL 42", Calls);
        Assert.False(File.Exists(Handle));
        Assert.False(HolderAlive());
        Assert.DoesNotContain("MYSQL_PWD LEAKED", Calls);
        Assert.All(Calls.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            call => Assert.StartsWith($"--defaults-extra-file={_dir}/mysql.cnf ", call));
    }

    [Fact]
    public void PostScriptIsIdempotent()
    {
        if (!_runnable)
        {
            return;
        }

        Assert.Equal(0, Run("postscript.sh").ExitCode);
        Assert.Equal(0, Run("postscript.sh").ExitCode);
    }

    [Fact]
    public void PreScriptRefusesAnOptionFileOthersCanRead()
    {
        if (!_runnable)
        {
            return;
        }

        File.SetUnixFileMode(Path.Combine(_dir, "mysql.cnf"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        var (exitCode, output) = Run("prescript.sh");

        Assert.Equal(1, exitCode);
        Assert.Contains("mode 0600 or stricter", output);
        Assert.DoesNotContain("FLUSH", Calls);
    }

    [Fact]
    public void PreScriptFailsAndReleasesWhenTheLockIsNotConfirmed()
    {
        if (!_runnable)
        {
            return;
        }

        File.WriteAllText(Path.Combine(_dir, "never-confirm"), "");

        var (exitCode, output) = Run("prescript.sh");

        Assert.Equal(1, exitCode);
        Assert.Contains("not confirmed after 2 attempts", output);
        Assert.False(File.Exists(Handle));
        Assert.False(HolderAlive());
    }

    public void Dispose()
    {
        if (File.Exists(Path.Combine(_dir, "holder.pid")) && int.TryParse(File.ReadAllText(Path.Combine(_dir, "holder.pid")).Trim(), out var pid))
        {
            try { System.Diagnostics.Process.GetProcessById(pid).Kill(); } catch (ArgumentException) { } catch (InvalidOperationException) { }
        }

        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private string Localize(string script) => script
        .Replace("/root/.appsnapshot/mysql.cnf", Path.Combine(_dir, "mysql.cnf"))
        .Replace("/run/appsnapshot", Path.Combine(_dir, "state"))
        .Replace("readonly CONFIRM_ATTEMPTS=30", "readonly CONFIRM_ATTEMPTS=2");

    private (int ExitCode, string Output) Run(string script) =>
        BashRunner.Run(Path.Combine(_dir, script), new Dictionary<string, string>
        {
            ["PATH"] = $"{_dir}/bin:{Environment.GetEnvironmentVariable("PATH")}",
            ["MYSQL_PWD"] = "must-not-be-used",
        });

    private bool HolderAlive()
    {
        var pidFile = Path.Combine(_dir, "holder.pid");
        if (!File.Exists(pidFile))
        {
            return false;
        }

        // The fake session exec's sleep, so the pid stays valid until it is killed; an orphan may linger as a
        // zombie, which counts as gone. Wait briefly for the kill to land.
        var status = $"/proc/{File.ReadAllText(pidFile).Trim()}/status";
        for (var i = 0; i < 20; i++)
        {
            if (!File.Exists(status) || File.ReadAllLines(status).Any(l => l.StartsWith("State:") && l.Contains('Z')))
            {
                return false;
            }

            Thread.Sleep(50);
        }

        return true;
    }

    private static void WriteExecutable(string path, string text)
    {
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
