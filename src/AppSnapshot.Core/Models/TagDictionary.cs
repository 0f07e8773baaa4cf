using System;
using System.Collections.Generic;
using System.Linq;

namespace AppSnapshot.Models
{
    /// <summary>
    /// Tags as key/value pairs: a JSON object to ConvertTo-Json, "key=value; key=value" to Export-Csv
    /// and string conversion (which call ToString).
    /// </summary>
    public sealed class TagDictionary : Dictionary<string, string>
    {
        public TagDictionary() : base(StringComparer.Ordinal) { }

        public TagDictionary(IEnumerable<KeyValuePair<string, string>>? tags) : this()
        {
            if (tags == null) return;
            foreach (var tag in tags) this[tag.Key] = tag.Value;
        }

        public override string ToString() => string.Join("; ", this.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value));
    }
}
