using System.IO;
using System.Xml;
using System.Xml.Schema;
using AppSnapshot.Tests.Module.Support;

namespace AppSnapshot.Tests.Module;

[Trait(TestCategories.Key, TestCategories.RequiresSharedSchemas)]
public class FormatFileTests
{
    private static XmlSchemaSet Schema() => SchemaLoader.Load(Path.Combine(RepositoryPaths.SharedSchemas, "Format.xsd"));

    private static XmlDocument Parse(string xml)
    {
        var document = new XmlDocument { XmlResolver = null };
        document.LoadXml(xml);
        return document;
    }

    private static string TableView(string typeName, string extra = "") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Configuration>
          <ViewDefinitions>
            <View>
              <Name>Test</Name>
              <ViewSelectedBy><TypeName>{typeName}</TypeName></ViewSelectedBy>
              <TableControl>{extra}
                <TableHeaders><TableColumnHeader><Label>Name</Label></TableColumnHeader></TableHeaders>
                <TableRowEntries><TableRowEntry><TableColumnItems><TableColumnItem><PropertyName>Name</PropertyName></TableColumnItem></TableColumnItems></TableRowEntry></TableRowEntries>
              </TableControl>
            </View>
          </ViewDefinitions>
        </Configuration>
        """;

    [Fact]
    public void TheModulesFormatFileIsValidAndSelectsExistingTypes()
    {
        var schema = Schema();
        if (!File.Exists(RepositoryPaths.FormatFile)) return; // no format file yet: the manifest still names it (see ManifestTests)
        var format = new XmlDocument { XmlResolver = null };
        format.Load(RepositoryPaths.FormatFile);
        Assert.Empty(FormatFileCheck.Check(format, schema, ModuleAssembly.Core, ModuleAssembly.Commands));
    }

    [Fact]
    public void AcceptsAValidViewOfAnExistingPublicType()
    {
        var problems = FormatFileCheck.Check(Parse(TableView(typeof(FormatFileTests).FullName!)), Schema(), ModuleAssembly.Core, typeof(FormatFileTests).Assembly);
        Assert.Empty(problems);
    }

    [Fact]
    public void ReportsAViewOfAMissingType()
    {
        var problems = FormatFileCheck.Check(Parse(TableView("AppSnapshot.Models.NoSuchType")), Schema(), ModuleAssembly.Core, ModuleAssembly.Commands);
        Assert.Contains("view type 'AppSnapshot.Models.NoSuchType' is not a public type of AppSnapshot.Models (AppSnapshot.Core) or of the module assembly.", problems);
    }

    [Fact]
    public void ReportsASchemaViolation()
    {
        var problems = FormatFileCheck.Check(Parse(TableView(typeof(FormatFileTests).FullName!, "<NotAnElement/>")), Schema(), ModuleAssembly.Core, typeof(FormatFileTests).Assembly);
        Assert.NotEmpty(problems);
    }
}
