using System.Reflection;
using AppSnapshot.Connection;
using AppSnapshot.Output;

namespace AppSnapshot.Tests.Architecture;

/// <summary>
/// The output sink is the only road from AppSnapshot.Core to PowerShell. A delegate that returns
/// nothing (Action, or any void delegate) is how a write would sneak past it, so outside the
/// dispatcher that carries writes to the pipeline thread no Core member takes or keeps one.
/// </summary>
public sealed class OneRoadToTheHostTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void NoCoreMemberTakesOrKeepsAVoidDelegate()
    {
        var found = VoidDelegateUses(typeof(ClientFactory).Assembly)
            .Where(use => !use.StartsWith(typeof(PipelineDispatcher).FullName!, StringComparison.Ordinal))
            .ToList();

        Assert.True(found.Count == 0, "Callbacks that could reach the host:\n" + string.Join("\n", found));
    }

    [Fact]
    public void TheCheckSeesTheDispatchersOwnDelegates()
    {
        // Guards the test itself: the dispatcher's queue of writes is the one allowed place.
        Assert.Contains(VoidDelegateUses(typeof(ClientFactory).Assembly), use => use.StartsWith(typeof(PipelineDispatcher).FullName!, StringComparison.Ordinal));
    }

    [Fact]
    public void CoreHasNoReferenceToPowerShell()
    {
        Assert.DoesNotContain(typeof(ClientFactory).Assembly.GetReferencedAssemblies(), a => a.Name == "System.Management.Automation");
    }

    private static IEnumerable<string> VoidDelegateUses(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            if (type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute))) continue;
            foreach (var field in type.GetFields(Everything).Where(f => IsVoidDelegate(f.FieldType) && !IsCompilerCache(f)))
                yield return type.FullName + "." + field.Name + " (field " + field.FieldType.Name + ")";
            foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
            {
                foreach (var p in method.GetParameters().Where(p => IsVoidDelegate(p.ParameterType)))
                    yield return type.FullName + "." + method.Name + "(" + p.Name + ": " + p.ParameterType.Name + ")";
            }
        }
    }

    private static bool IsVoidDelegate(Type type) =>
        typeof(Delegate).IsAssignableFrom(type) && type.GetMethod("Invoke")?.ReturnType == typeof(void);

    private static bool IsCompilerCache(FieldInfo field) => field.Name.Contains('<') || field.Name.Contains("__");
}
