using System.Management.Automation;
using System.Text;

namespace AppSnapshot.EngineTests.Hosting;

/// <summary>What one script run produced, on every stream, copied out of the PowerShell instance.</summary>
public sealed class EngineRun
{
    public EngineRun(PowerShell ps, IReadOnlyList<PSObject> output, Exception? exception)
    {
        Output = output;
        Exception = exception;
        HadErrors = ps.HadErrors;
        Errors = ps.Streams.Error.ToList();
        Warnings = ps.Streams.Warning.Select(w => w.Message).ToList();
        Verbose = ps.Streams.Verbose.Select(v => v.Message).ToList();
        Debug = ps.Streams.Debug.Select(d => d.Message).ToList();
        Information = ps.Streams.Information.Select(i => i.MessageData?.ToString() ?? "").ToList();
        Progress = ps.Streams.Progress.ToList();
    }

    public IReadOnlyList<PSObject> Output { get; }
    /// <summary>What Invoke threw (a terminating error that ended the script), if anything.</summary>
    public Exception? Exception { get; }
    public bool HadErrors { get; }
    public IReadOnlyList<ErrorRecord> Errors { get; }
    public IReadOnlyList<string> Warnings { get; }
    public IReadOnlyList<string> Verbose { get; }
    public IReadOnlyList<string> Debug { get; }
    public IReadOnlyList<string> Information { get; }
    public IReadOnlyList<ProgressRecord> Progress { get; }

    /// <summary>The value of one property of every output object.</summary>
    public IReadOnlyList<T> Values<T>(string property) => Output.Select(o => (T)o.Properties[property].Value).ToList();

    /// <summary>The one error with this ErrorId (the part of FullyQualifiedErrorId before the comma).</summary>
    public ErrorRecord Error(string errorId)
    {
        var matches = Errors.Where(e => e.FullyQualifiedErrorId.Split(',')[0] == errorId).ToList();
        Assert.True(matches.Count == 1, "Expected one error " + errorId + "; got: " + Describe());
        return matches[0];
    }

    /// <summary>
    /// No terminating exception, no error record, HadErrors false. A write or prompt that left the
    /// pipeline thread (PSInvalidOperationException inside a CmdletInvocationException) lands here.
    /// </summary>
    public EngineRun AssertClean()
    {
        if (Exception != null || HadErrors || Errors.Count > 0) Assert.Fail("The run was not clean: " + Describe());
        return this;
    }

    /// <summary>Everything a user or a log could see: every stream, every error with its exceptions, and the output serialized.</summary>
    public string AllText()
    {
        var text = new StringBuilder();
        foreach (var line in Warnings.Concat(Verbose).Concat(Debug).Concat(Information)) text.AppendLine(line);
        foreach (var p in Progress) text.AppendLine(p.Activity + " | " + p.StatusDescription + " | " + p.CurrentOperation);
        foreach (var e in Errors) text.AppendLine(ErrorText(e));
        if (Exception != null) text.AppendLine(Exception.ToString());
        foreach (var o in Output) text.AppendLine(PSSerializer.Serialize(o, 3));
        return text.ToString();
    }

    public string Describe()
    {
        var text = new StringBuilder();
        if (Exception != null) text.AppendLine("exception: " + Exception);
        text.AppendLine("HadErrors: " + HadErrors);
        foreach (var e in Errors) text.AppendLine("error: " + ErrorText(e));
        foreach (var w in Warnings) text.AppendLine("warning: " + w);
        return text.ToString();
    }

    private static string ErrorText(ErrorRecord e) =>
        e.FullyQualifiedErrorId + " [" + e.CategoryInfo.Category + "] " + e + " | " + e.ErrorDetails?.Message + " | " +
        e.ErrorDetails?.RecommendedAction + " | " + e.TargetObject + " | " + e.Exception;
}
