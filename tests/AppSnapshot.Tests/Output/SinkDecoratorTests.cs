using AppSnapshot.Output;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.Output;

public class SinkDecoratorTests
{
    private sealed class Upper : ForwardingSink
    {
        public Upper(IOutputSink inner) : base(inner) { }
        public override void WriteWarning(string message) => Inner.WriteWarning(message.ToUpperInvariant());
    }

    [Fact]
    public void ForwardingSinkPassesEveryCallThroughUnlessOverridden()
    {
        var inner = new RecordingSink { Answer = (t, _) => t == "yes" };
        IOutputSink sink = new Upper(inner);

        sink.WriteObject(1);
        sink.WriteError(new OperationError("E", ErrorKind.InvalidData, "m"));
        sink.WriteWarning("w");
        sink.WriteVerbose("v");
        sink.WriteDebug("d");
        sink.WriteProgress(new ProgressInfo(1, "a", "s"));

        Assert.True(sink.ShouldProcess("yes", "x"));
        Assert.False(sink.ShouldProcess("no", "x"));
        Assert.Equal(new[] { "object", "error", "warning", "verbose", "debug", "progress", "shouldprocess", "shouldprocess" },
            inner.Writes.Select(c => c.Kind));
        Assert.Equal(new[] { "W" }, inner.Warnings);
    }

    [Fact]
    public void WithoutPassThruObjectsBecomeVerboseLines()
    {
        var quiet = new RecordingSink();
        new PassThruSink(quiet, passThru: false).WriteObject(new Uri("https://example.com/"));
        Assert.Empty(quiet.Objects);
        Assert.Equal(new[] { "https://example.com/" }, quiet.Verbose);

        var loud = new RecordingSink();
        new PassThruSink(loud, passThru: true).WriteObject(42);
        Assert.Equal(new object[] { 42 }, loud.Objects);
        Assert.Empty(loud.Verbose);
    }
}
