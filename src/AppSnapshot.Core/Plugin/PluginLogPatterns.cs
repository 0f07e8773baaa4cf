using System.Text.RegularExpressions;

namespace AppSnapshot.Plugin
{
    /// <summary>The plug-in messages the parser recognises (spec §6 and the seed logs). Whitespace is \s+ so wrapped lines still match.</summary>
    internal static class PluginLogPatterns
    {
        private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        private const string GoDurationToken = @"(?<d>[0-9][0-9.]*(?:ns|us|µs|μs|ms|s|m|h)(?:[0-9.]+(?:ns|us|µs|μs|ms|s|m|h))*)";

        public static readonly Regex GroupIdInMessage = new Regex(@"\b(?:SnapshotGroup|GroupId)\s*=\s*(?<id>ssg-[A-Za-z0-9*-]+)", Options);

        public static readonly Regex TotalCost = Cost(@"TotalCost");
        public static readonly Regex QueryCost = Cost(@"QueryCost");
        public static readonly Regex PreScriptCost = Cost(@"Prescript\s+cost");
        public static readonly Regex PostScriptCost = Cost(@"Postscript\s+cost");
        public static readonly Regex PrepareFreezeCost = Cost(@"Prepare\s+Freeze");
        public static readonly Regex ThawCost = Cost(@"Thaw\s+cost");
        public static readonly Regex SnapshotCreationCost = Cost(@"Snapshot\s+Creation");
        public static readonly Regex TagCost = Cost(@"Tag\s+Resources");

        /// <summary>In priority order: the pre-script start, else the file-system freeze, else the VSS snapshot set (the seeds' "frozen at").</summary>
        public static readonly Regex[] FreezeStart =
        {
            new Regex(@"Start\s+to\s+Execute\s+PreScript", Options),
            new Regex(@"(?:Start|Begin)\w*\s+to\s+Freeze|Freeze\s+File\s*System|Freez\w*\s+Write", Options),
            new Regex(@"Create\s+Snapshot\s+Set\s+Successfully", Options),
        };

        /// <summary>In priority order: the post-script end (success or failure), else the thaw.</summary>
        public static readonly Regex[] ThawEnd =
        {
            new Regex(@"Execute\s+PostScript\s+Successfully|PostScript.*\b(?:fail|error|timed?\s*out)", Options),
            new Regex(@"Thaw\w*\b.*\b(?:Done|Success\w*)", Options),
        };

        public static readonly Regex ApplicationConsistent = new Regex(
            @"Take\s+AppCon\w*\s+snapshots?\s+successfully|Tag\w*\s+snapshots?\s+with\s+AppCon\w*", Options);

        public static readonly Regex FileSystemConsistent = new Regex(@"\bFsCon\w*", Options);

        public static readonly Regex Failure = new Regex(@"\b(?:fail\w*|error|unable|cannot|timed?\s*out)\b", Options);

        public static readonly Regex PreScriptFailed = new Regex(@"PreScript\b.*\b(?:fail\w*|error|timed?\s*out)\b", Options);

        public static readonly Regex WarningLevel = new Regex(@"^\s*(?:warn\w*|error|fatal|panic)\s*$", Options);

        private static Regex Cost(string label) => new Regex(label + @"\s*[=:]\s*" + GoDurationToken, Options);
    }
}
