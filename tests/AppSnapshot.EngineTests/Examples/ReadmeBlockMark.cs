namespace AppSnapshot.EngineTests.Examples;

/// <summary>
/// What the HTML comment before a README powershell block says: <c>&lt;!-- example --&gt;</c> (run as a
/// test) or <c>&lt;!-- not run: reason --&gt;</c>. A block with neither is an error, so nothing is skipped silently.
/// </summary>
public sealed record ReadmeBlockMark(bool Runs, string? Reason)
{
    public const string RunMark = "example";
    public const string NotRunPrefix = "not run:";

    /// <summary>Null when the comment is missing or says something else.</summary>
    public static ReadmeBlockMark? Parse(string? comment)
    {
        if (comment == null) return null;
        if (comment == RunMark) return new ReadmeBlockMark(true, null);
        if (!comment.StartsWith(NotRunPrefix, StringComparison.Ordinal)) return null;
        var reason = comment.Substring(NotRunPrefix.Length).Trim();
        return reason.Length == 0 ? null : new ReadmeBlockMark(false, reason);
    }
}
