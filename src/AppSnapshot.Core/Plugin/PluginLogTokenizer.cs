using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace AppSnapshot.Plugin
{
    /// <summary>
    /// Splits plug-in output into records of bracketed fields. A quoted value ends at the first
    /// <c>"]</c> that is followed (after optional blanks) by the next field, a line break or the end of the text, so values
    /// may span lines and contain quotes and brackets. Anything else is skipped a line at a time.
    /// </summary>
    internal sealed class PluginLogTokenizer
    {
        private static readonly Regex EscapedRendering = new Regex(
            @"\[(?:level|time|message|snapshotgroup|output|requestor)=\\""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private readonly string _text;
        private int _pos;

        private PluginLogTokenizer(string text)
        {
            _text = text;
        }

        public static (List<PluginLogRecord> Records, bool Truncated) Tokenize(string text)
        {
            var tokenizer = new PluginLogTokenizer(Normalize(text));
            return tokenizer.Run();
        }

        /// <summary>
        /// Unifies line endings and undoes the JSON-style rendering (<c>[time=\"...\"]\n</c>) the
        /// documentation and some consoles show, so both forms parse the same way.
        /// </summary>
        internal static string Normalize(string text)
        {
            text = text.Replace("\r\n", "\n").Replace('\r', '\n');
            return EscapedRendering.IsMatch(text) && !text.Contains("=\"") ? Unescape(text) : text;
        }

        private static string Unescape(string text)
        {
            var result = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] != '\\' || i + 1 == text.Length)
                {
                    result.Append(text[i]);
                    continue;
                }

                var next = text[++i];
                switch (next)
                {
                    case 'n': result.Append('\n'); break;
                    case 't': result.Append('\t'); break;
                    case '"': result.Append('"'); break;
                    case '\\': result.Append('\\'); break;
                    default: result.Append('\\').Append(next); break;
                }
            }

            return result.ToString();
        }

        private (List<PluginLogRecord>, bool) Run()
        {
            var records = new List<PluginLogRecord>();
            var truncated = false;
            Dictionary<string, string>? fields = null;
            while (_pos < _text.Length)
            {
                if (TryReadField(out var key, out var value, out var fieldTruncated))
                {
                    fields ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    if (!fields.ContainsKey(key))
                    {
                        fields[key] = value;
                    }

                    truncated |= fieldTruncated;
                    SkipBlanks();
                    if (_pos < _text.Length && _text[_pos] == '[')
                    {
                        continue;
                    }
                }
                else
                {
                    SkipLine();
                }

                if (fields != null)
                {
                    records.Add(new PluginLogRecord(fields));
                    fields = null;
                }
            }

            return (records, truncated);
        }

        private bool TryReadField(out string key, out string value, out bool truncated)
        {
            key = value = "";
            truncated = false;
            var keyEnd = FieldKeyEnd(_pos);
            if (keyEnd < 0)
            {
                return false;
            }

            key = _text.Substring(_pos + 1, keyEnd - _pos - 1);
            var valueStart = keyEnd + 1;
            if (valueStart < _text.Length && _text[valueStart] == '"')
            {
                return ReadQuoted(valueStart + 1, out value, out truncated);
            }

            var close = _text.IndexOf(']', valueStart);
            var newline = _text.IndexOf('\n', valueStart);
            if (close < 0 || (newline >= 0 && newline < close))
            {
                return false;
            }

            value = _text.Substring(valueStart, close - valueStart);
            _pos = close + 1;
            return true;
        }

        private bool ReadQuoted(int start, out string value, out bool truncated)
        {
            truncated = false;
            for (var end = _text.IndexOf("\"]", start, StringComparison.Ordinal); end >= 0;
                 end = _text.IndexOf("\"]", end + 1, StringComparison.Ordinal))
            {
                var after = end + 2;
                var next = SkipBlanksFrom(after);
                if (next == _text.Length || _text[next] == '\n' || FieldKeyEnd(next) >= 0)
                {
                    value = _text.Substring(start, end - start);
                    _pos = after;
                    return true;
                }
            }

            value = _text.Substring(start);
            _pos = _text.Length;
            truncated = true;
            return true;
        }

        /// <summary>Index of the '=' when a field <c>[key=</c> starts at <paramref name="at"/>, else -1.</summary>
        private int FieldKeyEnd(int at)
        {
            if (at >= _text.Length || _text[at] != '[')
            {
                return -1;
            }

            var i = at + 1;
            while (i < _text.Length && IsKeyChar(_text[i], first: i == at + 1))
            {
                i++;
            }

            return i > at + 1 && i < _text.Length && _text[i] == '=' ? i : -1;
        }

        private static bool IsKeyChar(char c, bool first) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (!first && ((c >= '0' && c <= '9') || c == '-'));

        private int SkipBlanksFrom(int at)
        {
            while (at < _text.Length && (_text[at] == ' ' || _text[at] == '\t'))
            {
                at++;
            }

            return at;
        }

        private void SkipBlanks() => _pos = SkipBlanksFrom(_pos);

        private void SkipLine()
        {
            var newline = _text.IndexOf('\n', _pos);
            _pos = newline < 0 ? _text.Length : newline + 1;
        }
    }
}
