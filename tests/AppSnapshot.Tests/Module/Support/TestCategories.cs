namespace AppSnapshot.Tests.Module.Support;

/// <summary>Trait values used to select tests with dotnet test --filter.</summary>
public static class TestCategories
{
    public const string Key = "Category";

    /// <summary>Tests that read PowerShell's XSDs from ../shared/schemas (absent on GitHub runners).</summary>
    public const string RequiresSharedSchemas = "RequiresSharedSchemas";
}
