using System.Diagnostics;
using System.Text;
using AppSnapshot.Workflow.Scripts;

namespace AppSnapshot.Tests.Workflow.Scripts;

/// <summary>Local script files: what cannot be a script is refused before the upload, and before reading more than a script can hold.</summary>
public sealed class ScriptFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("appsnap-scriptfile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static ArgumentException Refused(string path)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => ScriptFile.Read(path, "PreScriptPath"));
        Assert.Equal("PreScriptPath", ex.ParamName);
        Assert.StartsWith("-PreScriptPath: ", ex.Message);
        return ex;
    }

    [Fact]
    public void AUtf8ScriptIsReadWithoutItsByteOrderMark()
    {
        var path = Write("ok.sh", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("#!/bin/bash\necho 快照\n")).ToArray());
        Assert.Equal("#!/bin/bash\necho 快照\n", ScriptFile.Read(path, "PreScriptPath"));
    }

    [Fact]
    public void AMissingFileIsFileNotFound()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => ScriptFile.Read(Path.Combine(_dir, "missing.sh"), "PostScriptPath"));
        Assert.Contains("-PostScriptPath: file", ex.Message);
    }

    [Fact]
    public void ADirectoryIsNamedAsSuch() => Assert.Contains("is a directory", Refused(_dir).Message);

    [Fact]
    public void ALargeFileIsRefusedFromItsSizeWithoutBeingRead()
    {
        var path = Path.Combine(_dir, "huge.sh");
        using (var f = File.Create(path)) f.SetLength(200L * 1024 * 1024); // sparse: nothing written

        var watch = Stopwatch.StartNew();
        var ex = Refused(path);

        Assert.Contains("209715200 bytes", ex.Message);
        Assert.Contains("Nothing was read", ex.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), "took " + watch.Elapsed);
    }

    [Fact]
    public void TheLargestScriptSendFileCarriesIsAccepted()
    {
        var path = Write("max.sh", Enumerable.Repeat((byte)'#', ScriptFile.MaxBytes).ToArray());
        Assert.Equal(ScriptFile.MaxBytes, ScriptFile.Read(path, "PreScriptPath").Length);
        Assert.Contains("24577 bytes", Refused(Write("over.sh", Enumerable.Repeat((byte)'#', ScriptFile.MaxBytes + 1).ToArray())).Message);
    }

    [Fact]
    public void AnEmptyFileIsRefused() => Assert.Contains("is empty, or not a regular file", Refused(Write("empty.sh", [])).Message);

    [Fact]
    public void ADeviceIsRefusedWithoutReadingForEver()
    {
        if (!File.Exists("/dev/zero")) return; // Windows has no devices in the file system
        Assert.Contains("not a regular file", Refused("/dev/zero").Message);
    }

    [Fact]
    public async Task APipeIsRefusedWithoutBlocking()
    {
        if (OperatingSystem.IsWindows()) return;
        var fifo = Path.Combine(_dir, "pipe.sh");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var read = Task.Run(() => Refused(fifo));

        var ex = await read.WaitAsync(TimeSpan.FromSeconds(5)); // TimeoutException: reading the pipe blocked
        Assert.Contains("not a regular file", ex.Message);
    }

    [Fact]
    public void BinaryContentIsRefused() =>
        Assert.Contains("is binary (a NUL byte at offset 3)", Refused(Write("bin.sh", [0x7f, 0x45, 0x4c, 0x00, 0x02])).Message);

    [Fact]
    public void ContentThatIsNotUtf8IsRefused() =>
        Assert.Contains("is not UTF-8 text", Refused(Write("latin1.sh", [(byte)'e', (byte)'c', 0xE9, (byte)'\n'])).Message);
}
