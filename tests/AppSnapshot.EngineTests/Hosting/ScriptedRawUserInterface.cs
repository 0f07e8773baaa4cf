using System.Management.Automation.Host;

namespace AppSnapshot.EngineTests.Hosting;

/// <summary>A fixed-size screen with no keyboard: enough for the engine to format and to ask.</summary>
public sealed class ScriptedRawUserInterface : PSHostRawUserInterface
{
    public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;
    public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;
    public override Coordinates CursorPosition { get; set; }
    public override Coordinates WindowPosition { get; set; }
    public override int CursorSize { get; set; } = 1;
    public override Size BufferSize { get; set; } = new(200, 1000);
    public override Size WindowSize { get; set; } = new(200, 50);
    public override Size MaxWindowSize => new(200, 50);
    public override Size MaxPhysicalWindowSize => new(200, 50);
    public override bool KeyAvailable => false;
    public override string WindowTitle { get; set; } = "";

    public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException("The scripted host has no keyboard.");
    public override void FlushInputBuffer() { }
    public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) { }
    public override void SetBufferContents(Rectangle rectangle, BufferCell fill) { }
    public override BufferCell[,] GetBufferContents(Rectangle rectangle) => new BufferCell[0, 0];
    public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) { }
}
