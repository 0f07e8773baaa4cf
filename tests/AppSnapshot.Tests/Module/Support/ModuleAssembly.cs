using System.Collections.Generic;
using System.Reflection;
using AppSnapshot.Output;

namespace AppSnapshot.Tests.Module.Support;

/// <summary>The compiled module (AppSnapshot.dll, referenced by this project) and its cmdlets.</summary>
public static class ModuleAssembly
{
    public static Assembly Commands { get; } = Assembly.Load(new AssemblyName("AppSnapshot"));
    public static Assembly Core { get; } = typeof(AppSnapshot.Output.IOutputSink).Assembly;
    public static IReadOnlyList<CmdletInfo> Cmdlets { get; } = CmdletMetadata.Read(Commands);
}
