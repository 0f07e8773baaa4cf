using System;
using System.Collections.Generic;

namespace AppSnapshot.Plugin
{
    /// <summary>One line of plug-in output: its bracketed key="value" fields.</summary>
    public sealed class PluginLogRecord
    {
        internal PluginLogRecord(IReadOnlyDictionary<string, string> fields)
        {
            Fields = fields;
            Level = Field("level");
            Message = Field("message");
            Time = PluginLogTime.Parse(Field("time"));
        }

        public string? Level { get; }
        /// <summary>Guest-local time, truncated to DateTime's 100 ns precision.</summary>
        public DateTime? Time { get; }
        public string? Message { get; }
        /// <summary>Every field of the record, keys compared case-insensitively.</summary>
        public IReadOnlyDictionary<string, string> Fields { get; }

        internal string? Field(string key) => Fields.TryGetValue(key, out var value) ? value : null;

        public override string ToString() => $"[{Level}] {Time:yyyy-MM-dd HH:mm:ss.fffffff} {Message}";
    }
}
