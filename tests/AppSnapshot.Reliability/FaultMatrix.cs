namespace AppSnapshot.Reliability;

/// <summary>Every changing action under every fault, each cell on a fresh emulator.</summary>
internal static class FaultMatrix
{
    public static async Task<IReadOnlyList<Cell>> RunAsync(int trials, int seed, Action<Cell> onCell)
    {
        var cells = new List<Cell>();
        foreach (var scenario in ChangeScenario.All)
        {
            foreach (var (name, settings) in Faults.All)
            {
                await using var world = await World.StartAsync(seed);
                await scenario.PrepareAsync(world, trials);
                var cell = new Cell { Action = scenario.Action, Cmdlet = scenario.Cmdlet, Fault = name };
                var told = new Told[trials];
                world.Host.Control.SetFault(scenario.Action, settings);
                for (var i = 0; i < trials; i++) told[i] = await scenario.ChangeAsync(world, i);
                world.Host.Control.ClearFaults();
                for (var i = 0; i < trials; i++) cell.Add(told[i], await scenario.TimesMadeAsync(world, i));
                cells.Add(cell);
                onCell(cell);
            }
        }
        return cells;
    }
}
