using System.Management.Automation;
using AppSnapshot.Output;

namespace AppSnapshot.Tests.Module;

/// <summary>
/// The module turns ErrorKind into ErrorCategory by name; a kind without a same-named category
/// would silently become NotSpecified. Enum names are metadata, so reading them from the
/// PowerShell reference stub is safe.
/// </summary>
public class ErrorCategoryMappingTests
{
    public static TheoryData<string> Kinds => new(Enum.GetNames<ErrorKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryErrorKindNamesAPowerShellErrorCategory(string kind)
        => Assert.Contains(kind, Enum.GetNames(typeof(ErrorCategory)));
}
