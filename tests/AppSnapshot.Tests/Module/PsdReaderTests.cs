using System;
using System.Collections.Generic;
using AppSnapshot.Tests.Module.Support;

namespace AppSnapshot.Tests.Module;

public class PsdReaderTests
{
    [Fact]
    public void ReadsStringsArraysNestedTablesAndComments()
    {
        var table = PsdReader.ReadHashtable("""
            # comment
            @{
                A = 'it''s'    # trailing comment
                'B' = "double"
                C = @('x', 'y'
                      'z')
                D = @()
                E = @{ F = $true; G = 12 }
            }
            """);
        Assert.Equal("it's", table["A"]);
        Assert.Equal("double", table["b"]);
        Assert.Equal(new List<object?> { "x", "y", "z" }, table["C"]);
        Assert.Empty((List<object?>)table["D"]!);
        var nested = (Dictionary<string, object?>)table["E"]!;
        Assert.Equal(true, nested["F"]);
        Assert.Equal("12", nested["G"]);
    }

    [Theory]
    [InlineData("@{ A = $env:X }")]
    [InlineData("@{ A = \"$x\" }")]
    [InlineData("@{ A = 'x'; A = 'y' }")]
    [InlineData("@{ A = 'x' ")]
    [InlineData("@{ A = 'x' } extra")]
    public void RefusesWhatIsNotPlainData(string text)
    {
        Assert.Throws<FormatException>(() => PsdReader.ReadHashtable(text));
    }
}
