using System.Diagnostics;
using System.Globalization;
using AppSnapshot.Reliability;

// dotnet run --project tests/AppSnapshot.Reliability -c Release [-- --trials N] [--seed N] [--out DIR]
// Prints the figures of RELIABILITY.md; with --out, writes fault-matrix.json there and adds the real-engine counts
// the Pester files wrote to the same folder. Exit code 1 when any cell is dishonest (duplicates, lost, false results).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var trials = 5;
var seed = 11;
string? output = null;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value");
    switch (args[i])
    {
        case "--trials": trials = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--out": output = Next(); break;
        default: Console.Error.WriteLine("Unknown argument " + args[i]); return 2;
    }
}

var watch = Stopwatch.StartNew();
Console.Error.WriteLine($"Fault matrix: {ChangeScenario.All.Count} actions x {Faults.All.Count} faults x {trials} changes (seed {seed})...");
var cells = await FaultMatrix.RunAsync(trials, seed, c => Console.Error.WriteLine($"  {c.Action,-22} {c.Fault,-15} made {c.Made}/{c.Requested}, returned {c.Returned}{(c.IsHonest ? "" : "  <-- NOT HONEST")}"));
if (output != null) Report.WriteJson(output, cells);

var figures = new System.Text.StringBuilder();
figures.AppendLine("# Reliability figures").AppendLine();
figures.AppendLine($"Command: dotnet run --project tests/AppSnapshot.Reliability -c Release -- --trials {trials} --seed {seed}{(output is null ? "" : " --out " + output)} ({watch.Elapsed.TotalSeconds:0} s)").AppendLine();
figures.AppendLine("## Fault matrix").AppendLine();
figures.Append(Report.FaultMatrix(cells, trials)).AppendLine();
figures.AppendLine("## Real engine").AppendLine();
figures.Append(Report.EngineFigures(output));
Console.Write(figures);
if (output != null) File.WriteAllText(Path.Combine(output, "figures.md"), figures.ToString());
return cells.All(c => c.IsHonest) ? 0 : 1;
