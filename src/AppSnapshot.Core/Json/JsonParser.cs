using System;
using System.Globalization;
using System.Text;

namespace AppSnapshot.Json
{
    /// <summary>A strict RFC 8259 parser. Errors carry the offset, never the document (it may hold secrets).</summary>
    internal sealed class JsonParser
    {
        private const int MaxDepth = 128;
        private readonly string _text;
        private int _pos;

        private JsonParser(string text) => _text = text;

        public static JsonNode Parse(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            var parser = new JsonParser(text);
            parser.SkipWhitespace();
            var node = parser.ReadValue(0);
            parser.SkipWhitespace();
            if (parser._pos != text.Length) throw parser.Error("unexpected text after the end of the document");
            return node;
        }

        private JsonNode ReadValue(int depth)
        {
            if (depth > MaxDepth) throw Error("nesting is too deep");
            if (_pos >= _text.Length) throw Error("unexpected end of the document");
            var c = _text[_pos];
            switch (c)
            {
                case '{': return ReadObject(depth);
                case '[': return ReadArray(depth);
                case '"': return new JsonString(ReadString());
                case 't': Expect("true"); return JsonBool.True;
                case 'f': Expect("false"); return JsonBool.False;
                case 'n': Expect("null"); return JsonNull.Instance;
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber();
                    throw Error("unexpected character");
            }
        }

        private JsonObject ReadObject(int depth)
        {
            var obj = new JsonObject();
            _pos++;
            SkipWhitespace();
            if (Peek() == '}') { _pos++; return obj; }
            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"') throw Error("expected a property name");
                var name = ReadString();
                SkipWhitespace();
                if (Peek() != ':') throw Error("expected ':'");
                _pos++;
                SkipWhitespace();
                obj.Set(name, ReadValue(depth + 1));
                SkipWhitespace();
                var c = Peek();
                _pos++;
                if (c == ',') continue;
                if (c == '}') return obj;
                throw Error("expected ',' or '}'");
            }
        }

        private JsonArray ReadArray(int depth)
        {
            var array = new JsonArray();
            _pos++;
            SkipWhitespace();
            if (Peek() == ']') { _pos++; return array; }
            while (true)
            {
                SkipWhitespace();
                array.Items.Add(ReadValue(depth + 1));
                SkipWhitespace();
                var c = Peek();
                _pos++;
                if (c == ',') continue;
                if (c == ']') return array;
                throw Error("expected ',' or ']'");
            }
        }

        private string ReadString()
        {
            _pos++; // opening quote
            var sb = new StringBuilder();
            while (true)
            {
                if (_pos >= _text.Length) throw Error("unterminated string");
                var c = _text[_pos++];
                if (c == '"') return sb.ToString();
                if (c < 0x20) throw Error("control character in a string");
                if (c != '\\') { sb.Append(c); continue; }
                if (_pos >= _text.Length) throw Error("unterminated escape");
                var e = _text[_pos++];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (_pos + 4 > _text.Length ||
                            !int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                            throw Error("bad \\u escape");
                        sb.Append((char)code);
                        _pos += 4;
                        break;
                    default: throw Error("bad escape");
                }
            }
        }

        private JsonNumber ReadNumber()
        {
            var start = _pos;
            if (Peek() == '-') _pos++;
            if (Peek() == '0') _pos++;
            else if (IsDigit(Peek())) while (IsDigit(Peek())) _pos++;
            else throw Error("bad number");
            if (Peek() == '.')
            {
                _pos++;
                if (!IsDigit(Peek())) throw Error("bad number");
                while (IsDigit(Peek())) _pos++;
            }
            if (Peek() == 'e' || Peek() == 'E')
            {
                _pos++;
                if (Peek() == '+' || Peek() == '-') _pos++;
                if (!IsDigit(Peek())) throw Error("bad number");
                while (IsDigit(Peek())) _pos++;
            }
            return new JsonNumber(_text.Substring(start, _pos - start));
        }

        private void Expect(string literal)
        {
            if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0) throw Error("unexpected literal");
            _pos += literal.Length;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        private void SkipWhitespace()
        {
            while (_pos < _text.Length && (_text[_pos] == ' ' || _text[_pos] == '\t' || _text[_pos] == '\n' || _text[_pos] == '\r')) _pos++;
        }

        private FormatException Error(string what) =>
            new FormatException("Invalid JSON at offset " + _pos.ToString(CultureInfo.InvariantCulture) + ": " + what + ".");
    }
}
