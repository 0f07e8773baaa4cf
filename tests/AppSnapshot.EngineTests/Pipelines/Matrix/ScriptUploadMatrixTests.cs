using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>Every output type that binds, piped into Send-AppSnapshotScript (each upload waits for delivery, so its cases run beside the others).</summary>
public class ScriptUploadMatrixTests : IClassFixture<EmulatorFixture>
{
    public static readonly string[] Consumers = ["Send-AppSnapshotScript"];

    private readonly EmulatorFixture _emulator;

    public ScriptUploadMatrixTests(EmulatorFixture emulator) => _emulator = emulator;

    public static TheoryData<string> Pairs => BindingMetadata.Into(Consumers);

    [Theory]
    [MemberData(nameof(Pairs))]
    public void TheConsumerActsOnExactlyThePipedObjects(string pair) => MatrixCheck.Run(_emulator, pair);
}
