using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AppSnapshot.Tests.Module.Support;

/// <summary>AppSnapshot.psd1 read with PsdReader, with typed accessors that fail with the key's name.</summary>
public sealed class ModuleManifest
{
    private readonly Dictionary<string, object?> _values;

    public ModuleManifest(Dictionary<string, object?> values) => _values = values;

    public static ModuleManifest Load(string path) => new(PsdReader.ReadHashtable(File.ReadAllText(path)));

    public bool Has(string key) => _values.ContainsKey(key);

    public string String(string key) =>
        _values.TryGetValue(key, out var value) && value is string text ? text : throw new KeyNotFoundException($"The manifest has no string '{key}'.");

    public IReadOnlyList<string> StringList(string key) =>
        _values.TryGetValue(key, out var value) && value is List<object?> items
            ? items.Select(i => i as string ?? throw new InvalidCastException($"'{key}' holds a non-string item.")).ToList()
            : throw new KeyNotFoundException($"The manifest has no array '{key}'.");

    public ModuleManifest Table(string key) =>
        _values.TryGetValue(key, out var value) && value is Dictionary<string, object?> table ? new ModuleManifest(table) : throw new KeyNotFoundException($"The manifest has no hashtable '{key}'.");
}
