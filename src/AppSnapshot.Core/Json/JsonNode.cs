using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AppSnapshot.Json
{
    /// <summary>
    /// A small JSON document model. The module ships no JSON library on purpose: System.Text.Json
    /// and Newtonsoft.Json are both loaded by other modules and hosts in different versions.
    /// </summary>
    public abstract class JsonNode
    {
        public static JsonNode Parse(string text) => JsonParser.Parse(text);

        public string ToJson()
        {
            var sb = new StringBuilder();
            WriteTo(sb);
            return sb.ToString();
        }

        public override string ToString() => ToJson();

        internal abstract void WriteTo(StringBuilder sb);

        /// <summary>The node as text: strings as they are, numbers and booleans in invariant form, null as null.</summary>
        public virtual string? AsString() => null;

        internal static void WriteString(StringBuilder sb, string value)
        {
            sb.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\b': sb.Append("\\b"); break;
                    case '\f': sb.Append("\\f"); break;
                    default:
                        if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            sb.Append('"');
        }
    }

    public sealed class JsonString : JsonNode
    {
        public JsonString(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));
        public string Value { get; }
        public override string? AsString() => Value;
        internal override void WriteTo(StringBuilder sb) => WriteString(sb, Value);
    }

    public sealed class JsonNumber : JsonNode
    {
        /// <param name="raw">The number exactly as written in the document (kept to avoid precision loss).</param>
        public JsonNumber(string raw) => Raw = raw;
        public JsonNumber(long value) => Raw = value.ToString(CultureInfo.InvariantCulture);
        public JsonNumber(double value) => Raw = value.ToString("R", CultureInfo.InvariantCulture);
        public string Raw { get; }
        public override string? AsString() => Raw;
        public bool TryGetInt64(out long value) => long.TryParse(Raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
        public double ToDouble() => double.Parse(Raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        internal override void WriteTo(StringBuilder sb) => sb.Append(Raw);
    }

    public sealed class JsonBool : JsonNode
    {
        public static readonly JsonBool True = new JsonBool(true);
        public static readonly JsonBool False = new JsonBool(false);
        private JsonBool(bool value) => Value = value;
        public bool Value { get; }
        public override string? AsString() => Value ? "true" : "false";
        internal override void WriteTo(StringBuilder sb) => sb.Append(Value ? "true" : "false");
    }

    public sealed class JsonNull : JsonNode
    {
        public static readonly JsonNull Instance = new JsonNull();
        private JsonNull() { }
        internal override void WriteTo(StringBuilder sb) => sb.Append("null");
    }

    public sealed class JsonArray : JsonNode
    {
        public JsonArray() { }
        public JsonArray(IEnumerable<JsonNode> items) => Items.AddRange(items);
        public List<JsonNode> Items { get; } = new List<JsonNode>();
        public int Count => Items.Count;

        public static JsonArray OfStrings(IEnumerable<string> values)
        {
            var array = new JsonArray();
            foreach (var v in values) array.Items.Add(new JsonString(v));
            return array;
        }

        internal override void WriteTo(StringBuilder sb)
        {
            sb.Append('[');
            for (var i = 0; i < Items.Count; i++)
            {
                if (i > 0) sb.Append(',');
                Items[i].WriteTo(sb);
            }
            sb.Append(']');
        }
    }
}
