using System.IO;
using System.Text;

namespace AppSnapshot.HelpGen;

/// <summary>Writes generated files only when their content changes, so incremental builds see no change.</summary>
public static class OutputFile
{
    public static bool WriteIfChanged(string path, string content)
    {
        if (File.Exists(path) && File.ReadAllText(path) == content) return false;
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return true;
    }
}
