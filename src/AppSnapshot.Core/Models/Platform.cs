namespace AppSnapshot.Models
{
    /// <summary>The guest operating system family; it selects the plug-in and the command type.</summary>
    public enum Platform
    {
        Linux,
        Windows,
    }
}
