using System;
using System.Collections.Generic;
using System.Globalization;
using AppSnapshot.Json;

namespace AppSnapshot.Client
{
    /// <summary>One RPC-style call. Parameters are query parameters in insertion order (the signer sorts).</summary>
    public sealed class RpcRequest
    {
        public RpcRequest(string action)
        {
            if (string.IsNullOrWhiteSpace(action)) throw new ArgumentException("An action name is required.", nameof(action));
            Action = action;
        }

        public string Action { get; }
        public IList<KeyValuePair<string, string>> Parameters { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>What the call is about, for the verbose line that names each call ("100 instances", "ssg-..."); null when nothing more needs saying.</summary>
        public string? Subject { get; private set; }

        /// <summary>Sets <see cref="Subject"/>. Never a secret: it is shown with -Verbose.</summary>
        public RpcRequest About(string? subject)
        {
            Subject = subject;
            return this;
        }

        /// <summary>Adds a parameter; a null value is skipped, an empty one is sent as <c>name=</c>.</summary>
        public RpcRequest Add(string name, string? value)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("A parameter name is required.", nameof(name));
            if (value != null) Parameters.Add(new KeyValuePair<string, string>(name, value));
            return this;
        }

        public RpcRequest Add(string name, long? value) =>
            Add(name, value?.ToString(CultureInfo.InvariantCulture));

        public RpcRequest Add(string name, bool? value) =>
            Add(name, value.HasValue ? (value.Value ? "true" : "false") : null);

        /// <summary>Flattens a list the RPC way: <c>prefix.1=a&amp;prefix.2=b</c> (1-based).</summary>
        public RpcRequest AddList(string prefix, IEnumerable<string> values)
        {
            if (values is null) throw new ArgumentNullException(nameof(values));
            var i = 1;
            foreach (var v in values) Add(prefix + "." + i++.ToString(CultureInfo.InvariantCulture), v);
            return this;
        }

        /// <summary>Tags the RPC way: <c>Tag.1.Key=k&amp;Tag.1.Value=v</c> (1-based).</summary>
        public RpcRequest AddTags(IEnumerable<KeyValuePair<string, string>> tags)
        {
            if (tags is null) throw new ArgumentNullException(nameof(tags));
            var i = 1;
            foreach (var tag in tags)
            {
                var n = i++.ToString(CultureInfo.InvariantCulture);
                Add("Tag." + n + ".Key", tag.Key).Add("Tag." + n + ".Value", tag.Value);
            }
            return this;
        }

        /// <summary>One parameter holding a JSON array of strings, e.g. <c>InstanceIds=["i-a","i-b"]</c>.</summary>
        public RpcRequest AddJsonArray(string name, IEnumerable<string> values)
        {
            if (values is null) throw new ArgumentNullException(nameof(values));
            return Add(name, JsonArray.OfStrings(values).ToJson());
        }

        public override string ToString() => "RpcRequest(" + Action + ", " + Parameters.Count.ToString(CultureInfo.InvariantCulture) + " parameters)";
    }
}
