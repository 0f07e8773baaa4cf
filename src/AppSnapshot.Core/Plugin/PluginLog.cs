using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AppSnapshot.Models;

namespace AppSnapshot.Plugin
{
    /// <summary>
    /// The decoded output of one plug-in run and the facts read from it. Parsing never throws:
    /// output this module does not understand must not fail a snapshot that may have succeeded.
    /// </summary>
    public sealed class PluginLog
    {
        private static readonly string[] GuestOutputKeys = { "output", "requestor" };

        private PluginLog(string text, IReadOnlyList<PluginLogRecord> records, List<string> warnings)
        {
            Lines = SplitLines(text);
            Records = records;
            SnapshotGroupId = FindGroupId(records);
            GuestOutput = JoinGuestOutput(records);
            TotalCost = Cost(PluginLogPatterns.TotalCost);
            QueryCost = Cost(PluginLogPatterns.QueryCost);
            PreScriptDuration = Cost(PluginLogPatterns.PreScriptCost);
            PostScriptDuration = Cost(PluginLogPatterns.PostScriptCost);
            PrepareFreezeDuration = Cost(PluginLogPatterns.PrepareFreezeCost);
            ThawDuration = Cost(PluginLogPatterns.ThawCost);
            SnapshotCreationDuration = Cost(PluginLogPatterns.SnapshotCreationCost);
            TagDuration = Cost(PluginLogPatterns.TagCost);
            FirstRecordTime = records.FirstOrDefault(r => r.Time.HasValue)?.Time;
            FreezeStart = FirstTime(PluginLogPatterns.FreezeStart, last: false);
            ThawEnd = FirstTime(PluginLogPatterns.ThawEnd, last: true);
            FreezeDuration = FreezeStart.HasValue && ThawEnd >= FreezeStart ? ThawEnd - FreezeStart : null;
            ConsistencyFromMessages = ClassifyMessages();
            warnings.AddRange(WarningsFromRecords());
            Warnings = warnings;
        }

        public static PluginLog Empty { get; } = Parse(null);

        public IReadOnlyList<PluginLogRecord> Records { get; }
        public IReadOnlyList<string> Lines { get; }
        public string? SnapshotGroupId { get; }
        /// <summary>Script (Linux) or VSS requestor (Windows) output, blocks joined by line breaks; null when there is none.</summary>
        public string? GuestOutput { get; }
        public TimeSpan? TotalCost { get; }
        public TimeSpan? QueryCost { get; }
        public TimeSpan? PreScriptDuration { get; }
        public TimeSpan? PostScriptDuration { get; }
        public TimeSpan? PrepareFreezeDuration { get; }
        public TimeSpan? ThawDuration { get; }
        public TimeSpan? SnapshotCreationDuration { get; }
        public TimeSpan? TagDuration { get; }
        /// <summary>Guest wall-clock time of the first timed record (see <see cref="GuestTimeZone"/>).</summary>
        public DateTime? FirstRecordTime { get; }
        /// <summary>Guest wall-clock time, no zone: <see cref="GuestTimeZone.At"/> gives it its offset.</summary>
        public DateTime? FreezeStart { get; }
        /// <summary>Guest wall-clock time, no zone.</summary>
        public DateTime? ThawEnd { get; }
        /// <summary>How long the application (or file system) was frozen: ThawEnd - FreezeStart.</summary>
        public TimeSpan? FreezeDuration { get; }
        /// <summary>A fallback for when the snapshot tags cannot be read; the tags are authoritative.</summary>
        public Consistency ConsistencyFromMessages { get; }
        public IReadOnlyList<string> Warnings { get; }

        public static PluginLog Parse(string? decodedText)
        {
            var text = decodedText ?? "";
            var warnings = new List<string>();
            try
            {
                var (records, truncated) = PluginLogTokenizer.Tokenize(text.TrimStart('\uFEFF'));
                if (truncated)
                {
                    warnings.Add("The plug-in output ends inside a field: it was probably truncated, so some details may be missing.");
                }

                return new PluginLog(text, records, warnings);
            }
            catch (Exception e)
            {
                // Defensive: a parser bug must not turn a successful snapshot into a failed cmdlet.
                warnings.Add($"The plug-in output could not be parsed ({e.Message}); only the raw lines are available.");
                return new PluginLog(text, Array.Empty<PluginLogRecord>(), warnings);
            }
        }

        /// <summary>Decodes DescribeInvocationResults.Output. Invalid Base64 gives an empty log with a warning.</summary>
        public static PluginLog FromBase64(string? base64)
        {
            if (string.IsNullOrWhiteSpace(base64))
            {
                return Parse(null);
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(base64!.Trim());
            }
            catch (FormatException)
            {
                return new PluginLog("", Array.Empty<PluginLogRecord>(),
                    new List<string> { "The plug-in output is not valid Base64; it was ignored." });
            }

            return Parse(new UTF8Encoding(false, false).GetString(bytes));
        }

        private static IReadOnlyList<string> SplitLines(string text)
        {
            if (text.Length == 0)
            {
                return Array.Empty<string>();
            }

            var lines = text.Replace("\r\n", "\n").Split('\n', '\r');
            return lines[lines.Length - 1].Length == 0 ? lines.Take(lines.Length - 1).ToArray() : lines;
        }

        private static string? FindGroupId(IReadOnlyList<PluginLogRecord> records)
        {
            foreach (var record in records)
            {
                var field = record.Field("snapshotgroup")?.Trim();
                if (!string.IsNullOrEmpty(field))
                {
                    return field;
                }
            }

            foreach (var record in records)
            {
                var match = PluginLogPatterns.GroupIdInMessage.Match(record.Message ?? "");
                if (match.Success)
                {
                    return match.Groups["id"].Value;
                }
            }

            return null;
        }

        private static string? JoinGuestOutput(IReadOnlyList<PluginLogRecord> records)
        {
            var blocks = new List<string>();
            foreach (var record in records)
            {
                foreach (var key in GuestOutputKeys)
                {
                    var block = record.Field(key)?.Trim('\n');
                    if (!string.IsNullOrWhiteSpace(block))
                    {
                        blocks.Add(block!);
                    }
                }
            }

            return blocks.Count == 0 ? null : string.Join("\n", blocks);
        }

        private IEnumerable<string> Messages => Records.Select(r => r.Message).Where(m => m != null)!;

        private TimeSpan? Cost(Regex pattern)
        {
            foreach (var message in Messages)
            {
                var match = pattern.Match(message);
                if (match.Success && GoDuration.TryParse(match.Groups["d"].Value, out var duration))
                {
                    return duration;
                }
            }

            return null;
        }

        private DateTime? FirstTime(Regex[] patternsByPriority, bool last)
        {
            foreach (var pattern in patternsByPriority)
            {
                var matching = Records.Where(r => r.Time.HasValue && pattern.IsMatch(r.Message ?? "")).ToList();
                if (matching.Count > 0)
                {
                    return (last ? matching[matching.Count - 1] : matching[0]).Time;
                }
            }

            return null;
        }

        private Consistency ClassifyMessages()
        {
            var succeeded = Messages.Where(m => !PluginLogPatterns.Failure.IsMatch(m)).ToList();
            if (succeeded.Any(PluginLogPatterns.FileSystemConsistent.IsMatch))
            {
                return Consistency.FileSystem;
            }

            return succeeded.Any(PluginLogPatterns.ApplicationConsistent.IsMatch) ? Consistency.Application : Consistency.Unknown;
        }

        private IEnumerable<string> WarningsFromRecords()
        {
            foreach (var record in Records)
            {
                if (record.Level != null && PluginLogPatterns.WarningLevel.IsMatch(record.Level))
                {
                    yield return $"{record.Level.Trim()}: {record.Message ?? "(no message)"}";
                }
            }

            if (ConsistencyFromMessages == Consistency.FileSystem && Messages.Any(PluginLogPatterns.PreScriptFailed.IsMatch))
            {
                yield return "The pre-freeze script failed; the plug-in fell back to a file-system-consistent snapshot. Check /tmp/prescript.sh and the guest output.";
            }
        }
    }
}
