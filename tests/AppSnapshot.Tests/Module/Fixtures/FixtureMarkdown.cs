namespace AppSnapshot.Tests.Module.Fixtures;

/// <summary>platyPS-format help for the fake cmdlets in FakeCmdlets.cs: two parameter sets, a
/// parameter bound differently per set, aliases, accepted values, pipeline input, defaults,
/// wildcards, a switch, ShouldProcess parameters, notes and related links.</summary>
public static class FixtureMarkdown
{
    public const string SetFakeWidget = """
        ---
        external help file: AppSnapshot.dll-Help.xml
        Module Name: AppSnapshot
        online version: https://example.org/Set-FakeWidget
        schema: 2.0.0
        ---

        # Set-FakeWidget

        ## SYNOPSIS
        Sets a fake widget.

        ## SYNTAX

        ### ByName (Default)
        ```
        Set-FakeWidget [-Name] <String> [-Size <Int32>] [-Force] [-WhatIf] [-Confirm] [<CommonParameters>]
        ```

        ### ById
        ```
        Set-FakeWidget -WidgetId <String[]> [-Size <Int32>] [-WhatIf] [-Confirm] [<CommonParameters>]
        ```

        ## DESCRIPTION
        First paragraph of the description.

        Second paragraph, with `code` & <angle> brackets.

        ## EXAMPLES

        ### Example 1: Set one widget
        ```powershell
        PS C:\> Set-FakeWidget -Name w1 -Size 3
        ```

        Sets the size of w1.

        ### Example 2: Pipe widgets
        ```powershell
        PS C:\> Get-FakeWidget | Set-FakeWidget -Size 1
        ```

        ```
        Name Size
        ---- ----
        w1      1
        ```

        Pipes every widget.

        ## PARAMETERS

        ### -Name
        The widget name. Wildcards are permitted.

        ```yaml
        Type: String
        Parameter Sets: ByName
        Aliases: WidgetName, N

        Required: True
        Position: 0
        Default value: None
        Accept pipeline input: False
        Accept wildcard characters: True
        ```

        ### -WidgetId
        The widget ids.

        ```yaml
        Type: String[]
        Parameter Sets: ById
        Aliases: Id

        Required: True
        Position: Named
        Default value: None
        Accept pipeline input: True (ByPropertyName, ByValue)
        Accept wildcard characters: False
        ```

        ### -Size
        The size.

        ```yaml
        Type: Int32
        Parameter Sets: ByName
        Aliases:
        Accepted values: 1, 2, 3

        Required: False
        Position: Named
        Default value: 2
        Accept pipeline input: False
        Accept wildcard characters: False
        ```

        ```yaml
        Type: Int32
        Parameter Sets: ById
        Aliases:
        Accepted values: 1, 2, 3

        Required: True
        Position: Named
        Default value: 2
        Accept pipeline input: True (ByPropertyName)
        Accept wildcard characters: False
        ```

        ### -Force
        Overwrites.

        ```yaml
        Type: SwitchParameter
        Parameter Sets: ByName
        Aliases:

        Required: False
        Position: Named
        Default value: False
        Accept pipeline input: False
        Accept wildcard characters: False
        ```

        ### -WhatIf
        Shows what would happen if the cmdlet runs.

        ```yaml
        Type: SwitchParameter
        Parameter Sets: (All)
        Aliases: wi

        Required: False
        Position: Named
        Default value: None
        Accept pipeline input: False
        Accept wildcard characters: False
        ```

        ### -Confirm
        Prompts you for confirmation before running the cmdlet.

        ```yaml
        Type: SwitchParameter
        Parameter Sets: (All)
        Aliases: cf

        Required: False
        Position: Named
        Default value: None
        Accept pipeline input: False
        Accept wildcard characters: False
        ```

        ### CommonParameters
        This cmdlet supports the common parameters.

        ## INPUTS

        ### System.String[]
        Widget ids.

        ## OUTPUTS

        ### AppSnapshot.Models.FakeWidget
        The widget, with -PassThru.

        ## NOTES
        A note.

        ## RELATED LINKS

        [Online Version:](https://example.org/Set-FakeWidget)

        [Get-FakeWidget](Get-FakeWidget.md)
        """;

    public const string AboutFake = """
        # about_Fake

        ## SHORT DESCRIPTION
        A fake topic.

        ## LONG DESCRIPTION
        Lead paragraph with `code`, **bold** and a [link](https://example.org).

        ### A subsection
        - first item
          continued
        - second item

        ```powershell
        Get-FakeWidget | Format-List
        ```

        | code | meaning |
        |---|---|
        | 0 | ok |
        | 13 | no RAM role is attached to the instance, so the plug-in cannot create snapshots and stops |

        ## SEE ALSO
        - Get-FakeWidget
        """;
}
