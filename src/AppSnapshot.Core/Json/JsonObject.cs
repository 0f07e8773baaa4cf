using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AppSnapshot.Json
{
    /// <summary>
    /// A JSON object with lookups shaped for Alibaba Cloud responses: property names compare
    /// ordinally, scalars read leniently (a documented string may arrive as a bare number or
    /// boolean), and <see cref="GetList"/> unwraps the <c>Plural: { Singular: [...] }</c> form.
    /// </summary>
    public sealed class JsonObject : JsonNode, IEnumerable<KeyValuePair<string, JsonNode>>
    {
        private readonly List<KeyValuePair<string, JsonNode>> _properties = new List<KeyValuePair<string, JsonNode>>();
        private readonly Dictionary<string, int> _index = new Dictionary<string, int>(StringComparer.Ordinal);

        public int Count => _properties.Count;

        public JsonNode? this[string name]
        {
            get => _index.TryGetValue(name, out var i) ? _properties[i].Value : null;
            set => Set(name, value ?? JsonNull.Instance);
        }

        public JsonObject Set(string name, JsonNode value)
        {
            if (_index.TryGetValue(name, out var i)) _properties[i] = new KeyValuePair<string, JsonNode>(name, value);
            else
            {
                _index[name] = _properties.Count;
                _properties.Add(new KeyValuePair<string, JsonNode>(name, value));
            }
            return this;
        }

        public JsonObject Set(string name, string? value) => Set(name, value is null ? (JsonNode)JsonNull.Instance : new JsonString(value));
        public JsonObject Set(string name, long value) => Set(name, new JsonNumber(value));
        public JsonObject Set(string name, bool value) => Set(name, value ? JsonBool.True : JsonBool.False);

        public bool Contains(string name) => _index.ContainsKey(name);

        public string? GetString(string name) => this[name]?.AsString();

        public long? GetInt64(string name)
        {
            var node = this[name];
            if (node is JsonNumber n && n.TryGetInt64(out var v)) return v;
            if (node is JsonString s && long.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p)) return p;
            return null;
        }

        public bool? GetBoolean(string name)
        {
            var node = this[name];
            if (node is JsonBool b) return b.Value;
            if (node is JsonString s && bool.TryParse(s.Value, out var p)) return p;
            return null;
        }

        public JsonObject? GetObject(string name) => this[name] as JsonObject;

        public JsonArray? GetArray(string name) => this[name] as JsonArray;

        /// <summary>Reads <c>plural.singular[]</c> as a list of objects; absent or empty gives an empty list.</summary>
        public IReadOnlyList<JsonObject> GetList(string plural, string singular)
        {
            var result = new List<JsonObject>();
            var items = GetObject(plural)?.GetArray(singular);
            if (items == null) return result;
            foreach (var item in items.Items)
            {
                if (item is JsonObject o) result.Add(o);
            }
            return result;
        }

        /// <summary>Reads <c>plural.singular[]</c> as a list of strings.</summary>
        public IReadOnlyList<string> GetStringList(string plural, string singular)
        {
            var result = new List<string>();
            var items = GetObject(plural)?.GetArray(singular);
            if (items == null) return result;
            foreach (var item in items.Items)
            {
                var s = item.AsString();
                if (s != null) result.Add(s);
            }
            return result;
        }

        public IEnumerator<KeyValuePair<string, JsonNode>> GetEnumerator() => _properties.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        internal override void WriteTo(StringBuilder sb)
        {
            sb.Append('{');
            for (var i = 0; i < _properties.Count; i++)
            {
                if (i > 0) sb.Append(',');
                WriteString(sb, _properties[i].Key);
                sb.Append(':');
                _properties[i].Value.WriteTo(sb);
            }
            sb.Append('}');
        }
    }
}
