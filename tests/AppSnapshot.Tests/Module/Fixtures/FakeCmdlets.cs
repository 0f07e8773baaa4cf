using System.Management.Automation;

namespace AppSnapshot.Tests.Module.Fixtures;

// Fake cmdlets (never run: the PowerShell reference assembly is a stub) whose attributes the
// help-versus-code comparison reads, so that comparison is proven to fail when help and code differ.

/// <summary>Matches FixtureMarkdown.SetFakeWidget exactly.</summary>
[Cmdlet(VerbsCommon.Set, "FakeWidget", SupportsShouldProcess = true, DefaultParameterSetName = "ByName")]
public sealed class SetFakeWidgetCommand : PSCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = "ByName")]
    [Alias("WidgetName", "N")]
    [SupportsWildcards]
    public string Name { get; set; } = string.Empty;

    [Parameter(Mandatory = true, ParameterSetName = "ById", ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    public string[] WidgetId { get; set; } = System.Array.Empty<string>();

    [Parameter(ParameterSetName = "ByName")]
    [Parameter(Mandatory = true, ParameterSetName = "ById", ValueFromPipelineByPropertyName = true)]
    [ValidateSet("1", "2", "3")]
    public int Size { get; set; } = 2;

    [Parameter(ParameterSetName = "ByName")]
    public SwitchParameter Force { get; set; }

    /// <summary>Not a parameter: must be ignored.</summary>
    public string NotAParameter { get; set; } = string.Empty;
}

/// <summary>Same as SetFakeWidgetCommand plus an undocumented parameter, one alias fewer, no wildcards on -Name and other differences.</summary>
[Cmdlet(VerbsCommon.Set, "FakeWidget", SupportsShouldProcess = true, DefaultParameterSetName = "ByName")]
public sealed class DriftedSetFakeWidgetCommand : PSCmdlet
{
    [Parameter(Mandatory = false, Position = 1, ParameterSetName = "ByName")]
    [Alias("WidgetName")]
    public string Name { get; set; } = string.Empty;

    [Parameter(Mandatory = true, ParameterSetName = "ById", ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    public string[] WidgetId { get; set; } = System.Array.Empty<string>();

    [Parameter(ParameterSetName = "ByName")]
    [Parameter(Mandatory = true, ParameterSetName = "ById", ValueFromPipelineByPropertyName = true)]
    public int Size { get; set; } = 2;

    [Parameter]
    public string Colour { get; set; } = string.Empty;
}

/// <summary>Not a ShouldProcess cmdlet: documenting -WhatIf for it is wrong.</summary>
[Cmdlet(VerbsCommon.Set, "FakeWidget", DefaultParameterSetName = "ByName")]
public sealed class NoShouldProcessSetFakeWidgetCommand : PSCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = "ByName")]
    [Alias("WidgetName", "N")]
    [SupportsWildcards]
    public string Name { get; set; } = string.Empty;

    [Parameter(Mandatory = true, ParameterSetName = "ById", ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    public string[] WidgetId { get; set; } = System.Array.Empty<string>();

    [Parameter(ParameterSetName = "ByName")]
    [Parameter(Mandatory = true, ParameterSetName = "ById", ValueFromPipelineByPropertyName = true)]
    public int Size { get; set; } = 2;

    [Parameter(ParameterSetName = "ByName")]
    public SwitchParameter Force { get; set; }
}
