using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>
/// Which output types bind into which cmdlets, read from the engine: the parameters Get-Command reports
/// as ValueFromPipelineByPropertyName (with their aliases, per parameter set) and the public properties
/// of every type the cmdlets declare with [OutputType]. A type binds into a cmdlet when one parameter set
/// has a by-property-name parameter other than -RegionId (the connection parameter every cmdlet shares,
/// which travels with whatever names the target) that the type has a property for, and the type has a
/// property for every mandatory by-property-name parameter of that set. A new cmdlet, parameter or output
/// type changes these pairs, and the matrix fails until the pair has a producer and a consumer.
/// </summary>
public static class BindingMetadata
{
    private const string ConnectionParameter = "RegionId";

    private const string ParametersScript = """
        foreach ($command in Get-Command -Module AppSnapshot) {
            foreach ($set in $command.ParameterSets) {
                foreach ($parameter in $set.Parameters | Where-Object ValueFromPipelineByPropertyName) {
                    [pscustomobject]@{ Cmdlet = $command.Name; Set = $set.Name; Names = @($parameter.Name) + @($parameter.Aliases); Mandatory = $parameter.IsMandatory }
                }
            }
        }
        """;

    private const string OutputTypesScript = """
        $types = Get-Command -Module AppSnapshot | ForEach-Object OutputType | Where-Object Type | ForEach-Object Type | Sort-Object FullName -Unique
        foreach ($type in $types) { [pscustomobject]@{ Type = $type.Name; Properties = @($type.GetProperties() | ForEach-Object Name) } }
        """;

    private static readonly Lazy<IReadOnlyList<BindingPair>> Computed = new(Compute);

    public static IReadOnlyList<BindingPair> Pairs => Computed.Value;

    private static IReadOnlyList<BindingPair> Compute()
    {
        using var session = EngineSession.Open(null);
        var parameters = session.Run(ParametersScript).AssertClean().Output.Select(o => (
            Cmdlet: (string)o.Properties["Cmdlet"].Value,
            Set: (string)o.Properties["Set"].Value,
            Names: ((object[])o.Properties["Names"].Value).Select(n => n.ToString()!).ToList(),
            Mandatory: (bool)o.Properties["Mandatory"].Value)).ToList();
        var types = session.Run(OutputTypesScript).AssertClean().Output.Select(o => (
            Type: (string)o.Properties["Type"].Value,
            Properties: ((object[])o.Properties["Properties"].Value).Select(n => n.ToString()!).ToHashSet(StringComparer.OrdinalIgnoreCase))).ToList();

        var pairs = new List<BindingPair>();
        foreach (var type in types)
        {
            foreach (var cmdlet in parameters.GroupBy(p => p.Cmdlet))
            {
                var binds = cmdlet.GroupBy(p => p.Set).Any(set =>
                    set.Any(p => p.Names[0] != ConnectionParameter && p.Names.Any(type.Properties.Contains)) &&
                    set.Where(p => p.Mandatory).All(p => p.Names.Any(type.Properties.Contains)));
                if (binds) pairs.Add(new BindingPair(type.Type, cmdlet.Key));
            }
        }
        return pairs.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Theory data: the pairs whose consumer is one of these cmdlets.</summary>
    public static TheoryData<string> Into(params string[] cmdlets)
    {
        var data = new TheoryData<string>();
        foreach (var pair in Pairs.Where(p => cmdlets.Contains(p.Cmdlet))) data.Add(pair.Key);
        return data;
    }
}
