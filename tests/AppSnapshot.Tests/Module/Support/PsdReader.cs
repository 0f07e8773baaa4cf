using System;
using System.Collections.Generic;
using System.Text;

namespace AppSnapshot.Tests.Module.Support;

/// <summary>Reads the data subset of PowerShell used by module manifests: a hashtable @{ key = value }
/// whose values are quoted strings, numbers, $true/$false, arrays @( ... ) (items separated by
/// commas or new lines) and nested hashtables; # comments. Anything else (expressions,
/// variables, here-strings) is refused, so an unexpected manifest fails loudly.</summary>
public sealed class PsdReader
{
    private readonly string _text;
    private int _pos;

    private PsdReader(string text) => _text = text;

    public static Dictionary<string, object?> ReadHashtable(string text)
    {
        var reader = new PsdReader(text);
        reader.SkipTrivia();
        var result = reader.ReadHashtableLiteral();
        reader.SkipTrivia();
        if (reader._pos != text.Length) throw reader.Error("text after the closing '}'");
        return result;
    }

    private object? ReadValue()
    {
        SkipTrivia();
        if (StartsWith("@{")) return ReadHashtableLiteral();
        if (StartsWith("@(")) return ReadArray();
        if (Peek() == '\'' || Peek() == '"') return ReadString();
        if (StartsWith("$true")) { _pos += 5; return true; }
        if (StartsWith("$false")) { _pos += 6; return false; }
        if (StartsWith("$null")) { _pos += 5; return null; }
        if (char.IsDigit(Peek())) return ReadBareWord();
        throw Error("a value (string, number, $true, $false, @(...) or @{...})");
    }

    private Dictionary<string, object?> ReadHashtableLiteral()
    {
        Expect("@{");
        var table = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            SkipTrivia(newLines: true, semicolons: true);
            if (Peek() == '}') { _pos++; return table; }
            var key = Peek() == '\'' || Peek() == '"' ? ReadString() : ReadBareWord();
            SkipTrivia();
            Expect("=");
            if (table.ContainsKey(key)) throw Error($"no duplicate key '{key}'");
            table[key] = ReadValue();
        }
    }

    private List<object?> ReadArray()
    {
        Expect("@(");
        var items = new List<object?>();
        while (true)
        {
            SkipTrivia(newLines: true);
            if (Peek() == ')') { _pos++; return items; }
            items.Add(ReadValue());
            SkipTrivia();
            if (Peek() == ',') _pos++;
        }
    }

    private string ReadString()
    {
        var quote = _text[_pos++];
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw Error("a closing quote");
            var c = _text[_pos++];
            if (c == quote)
            {
                if (Peek() != quote) return value.ToString();
                _pos++;
            }
            else if (quote == '"' && (c == '$' || c == '`')) throw Error("a double-quoted string without $ or ` (use single quotes)");
            value.Append(c);
        }
    }

    private string ReadBareWord()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_' || _text[_pos] == '.')) _pos++;
        if (_pos == start) throw Error("a key or a number");
        return _text.Substring(start, _pos - start);
    }

    private void SkipTrivia(bool newLines = true, bool semicolons = false)
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '#') { while (_pos < _text.Length && _text[_pos] != '\n') _pos++; }
            else if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF' || (newLines && c == '\n') || (semicolons && c == ';')) _pos++;
            else return;
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private bool StartsWith(string token) => string.CompareOrdinal(_text, _pos, token, 0, token.Length) == 0
        || (token[0] == '$' && _pos + token.Length <= _text.Length && string.Equals(_text.Substring(_pos, token.Length), token, StringComparison.OrdinalIgnoreCase));

    private void Expect(string token)
    {
        if (!StartsWith(token)) throw Error($"'{token}'");
        _pos += token.Length;
    }

    private FormatException Error(string expected)
    {
        var line = 1;
        for (var i = 0; i < _pos && i < _text.Length; i++) if (_text[i] == '\n') line++;
        return new FormatException($"psd1 line {line}: expected {expected}.");
    }
}
