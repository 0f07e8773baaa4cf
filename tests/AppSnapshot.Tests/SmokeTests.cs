using AppSnapshot.Output;

namespace AppSnapshot.Tests;

public class SmokeTests
{
    [Fact]
    public void CoreAssemblyHasNoPowerShellReference()
    {
        var refs = typeof(AppSnapshot.Output.IOutputSink).Assembly.GetReferencedAssemblies();
        Assert.DoesNotContain(refs, r => r.Name == "System.Management.Automation");
    }
}
