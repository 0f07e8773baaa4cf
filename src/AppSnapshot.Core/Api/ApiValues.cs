using System;
using System.Collections.Generic;
using System.Globalization;
using AppSnapshot.Json;

namespace AppSnapshot.Api
{
    /// <summary>Readers for the value shapes that recur across actions.</summary>
    internal static class ApiValues
    {
        /// <summary>Reads <c>Tags.Tag[]</c>; ECS spells the fields Key/Value in some actions and TagKey/TagValue in others.</summary>
        public static IDictionary<string, string> Tags(JsonObject owner, string keyField, string valueField)
        {
            var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var tag in owner.GetList("Tags", "Tag"))
            {
                var key = tag.GetString(keyField);
                if (!string.IsNullOrEmpty(key)) tags[key!] = tag.GetString(valueField) ?? "";
            }
            return tags;
        }

        public static DateTimeOffset? Time(string? text)
        {
            if (string.IsNullOrEmpty(text)) return null;
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
                ? value
                : (DateTimeOffset?)null;
        }

        /// <summary>The documented type is String but samples carry a bare boolean: accept both.</summary>
        public static bool Flag(JsonObject owner, string name) =>
            owner.GetBoolean(name) ?? string.Equals(owner.GetString(name), "true", StringComparison.OrdinalIgnoreCase);

        public static string Text(JsonObject owner, string name) => owner.GetString(name) ?? "";
    }
}
