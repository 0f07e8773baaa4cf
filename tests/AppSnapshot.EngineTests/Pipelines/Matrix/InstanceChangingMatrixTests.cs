using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>Every output type that binds, piped into the cmdlets that change instances or start runs on them.</summary>
public class InstanceChangingMatrixTests : IClassFixture<EmulatorFixture>
{
    public static readonly string[] Consumers = ["Set-EcsInstanceRamRole", "Remove-EcsInstanceRamRole", "New-AppConsistentSnapshotGroup"];

    private readonly EmulatorFixture _emulator;

    public InstanceChangingMatrixTests(EmulatorFixture emulator) => _emulator = emulator;

    public static TheoryData<string> Pairs => BindingMetadata.Into(Consumers);

    [Theory]
    [MemberData(nameof(Pairs))]
    public void TheConsumerActsOnExactlyThePipedObjects(string pair) => MatrixCheck.Run(_emulator, pair);
}
