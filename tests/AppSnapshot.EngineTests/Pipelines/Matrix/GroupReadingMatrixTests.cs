using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>Every output type that binds, piped into the cmdlets that read groups and results.</summary>
public class GroupReadingMatrixTests : IClassFixture<EmulatorFixture>
{
    public static readonly string[] Consumers = ["Get-EcsSnapshotGroup", "Get-AppSnapshotResult"];

    private readonly EmulatorFixture _emulator;

    public GroupReadingMatrixTests(EmulatorFixture emulator) => _emulator = emulator;

    public static TheoryData<string> Pairs => BindingMetadata.Into(Consumers);

    [Theory]
    [MemberData(nameof(Pairs))]
    public void TheConsumerActsOnExactlyThePipedObjects(string pair) => MatrixCheck.Run(_emulator, pair);
}
