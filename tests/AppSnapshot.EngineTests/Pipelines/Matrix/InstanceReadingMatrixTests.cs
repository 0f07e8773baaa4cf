using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>Every output type that binds, piped into the cmdlets that read instances.</summary>
public class InstanceReadingMatrixTests : IClassFixture<EmulatorFixture>
{
    public static readonly string[] Consumers = ["Get-EcsInstance", "Get-EcsInstanceRamRole", "Test-AppSnapshotPrerequisite"];

    private readonly EmulatorFixture _emulator;

    public InstanceReadingMatrixTests(EmulatorFixture emulator) => _emulator = emulator;

    public static TheoryData<string> Pairs => BindingMetadata.Into(Consumers);

    [Theory]
    [MemberData(nameof(Pairs))]
    public void TheConsumerActsOnExactlyThePipedObjects(string pair) => MatrixCheck.Run(_emulator, pair);
}
