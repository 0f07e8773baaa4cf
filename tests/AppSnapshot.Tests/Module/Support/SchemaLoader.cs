using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Schema;

namespace AppSnapshot.Tests.Module.Support;

/// <summary>Compiles PowerShell's XSDs strictly: schema file names are resolved case-insensitively
/// (the schemas refer to "maml.xsd" for "Maml.xsd") and every schema warning is an error, because a
/// schema that cannot be found is only a warning and would let any document pass.</summary>
public static class SchemaLoader
{
    public static XmlSchemaSet Load(params string[] schemaFiles)
    {
        var problems = new List<string>();
        var set = new XmlSchemaSet { XmlResolver = new CaseInsensitiveFileResolver() };
        set.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity}: {e.Message}");
        var settings = new XmlReaderSettings { XmlResolver = new CaseInsensitiveFileResolver(), DtdProcessing = DtdProcessing.Prohibit };
        foreach (var file in schemaFiles)
        {
            using var reader = XmlReader.Create(file, settings);
            set.Add(null, reader);
        }
        set.Compile();
        if (problems.Count > 0) throw new InvalidOperationException("The schemas did not compile cleanly:\n" + string.Join("\n", problems));
        return set;
    }

    private sealed class CaseInsensitiveFileResolver : XmlUrlResolver
    {
        public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
        {
            var uri = base.ResolveUri(baseUri, relativeUri);
            if (!uri.IsFile || File.Exists(uri.LocalPath)) return uri;
            var directory = Path.GetDirectoryName(uri.LocalPath);
            var name = Path.GetFileName(uri.LocalPath);
            var match = directory == null || !Directory.Exists(directory)
                ? null
                : Directory.GetFiles(directory).FirstOrDefault(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase));
            return match == null ? uri : new Uri(match);
        }
    }
}
