namespace AppSnapshot.HelpGen.Maml;

/// <summary>The XML namespaces of a PowerShell MAML help file.</summary>
public static class MamlNames
{
    /// <summary>The helpItems root: declared by no schema, read by PowerShell.</summary>
    public const string HelpItems = "http://msh";
    public const string Maml = "http://schemas.microsoft.com/maml/2004/10";
    public const string Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public const string Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    public const string MSHelp = "http://msdn.microsoft.com/mshelp";
}
