using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>Every output type that binds, piped into the cmdlets that remove and roll back groups.</summary>
public class GroupChangingMatrixTests : IClassFixture<EmulatorFixture>
{
    public static readonly string[] Consumers = ["Remove-EcsSnapshotGroup", "Restore-EcsSnapshotGroup"];

    private readonly EmulatorFixture _emulator;

    public GroupChangingMatrixTests(EmulatorFixture emulator) => _emulator = emulator;

    public static TheoryData<string> Pairs => BindingMetadata.Into(Consumers);

    [Theory]
    [MemberData(nameof(Pairs))]
    public void TheConsumerActsOnExactlyThePipedObjects(string pair) => MatrixCheck.Run(_emulator, pair);
}
