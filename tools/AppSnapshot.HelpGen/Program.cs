using System;
using System.IO;
using AppSnapshot.HelpGen;
using AppSnapshot.HelpGen.Markdown;

// Usage: AppSnapshot.HelpGen <docs/help folder> <output folder (en-US)>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: AppSnapshot.HelpGen <markdown help folder> <output folder>");
    return 2;
}
if (!Directory.Exists(args[0]))
{
    Console.Error.WriteLine($"error: the markdown help folder '{args[0]}' does not exist.");
    return 2;
}
try
{
    var written = new HelpBuilder(args[0], args[1]).Build();
    Console.WriteLine(written.Count == 0 ? "help is up to date" : "help written: " + string.Join(", ", written));
    return 0;
}
catch (HelpFormatException e)
{
    // MSBuild recognizes "file: error CODE: message" and shows it as a build error.
    Console.Error.WriteLine($"{e.Source}: error HELPGEN1: {e.Problem}");
    return 1;
}
