namespace EcsEmulator.Tests;

public class SmokeTests
{
    [Fact]
    public void EmulatorAssemblyIsDeployedBesideTheTests()
        => Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "EcsEmulator.dll")));
}
