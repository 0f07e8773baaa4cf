namespace AppSnapshot.Models
{
    /// <summary>
    /// The consistency level a snapshot reached, ordered from weakest to strongest
    /// (Unknown sorts first so that "the weakest member" of a group is a plain minimum).
    /// </summary>
    public enum Consistency
    {
        Unknown,
        Crash,
        FileSystem,
        Application,
    }
}
