using AppSnapshot.Models;
using AppSnapshot.Plugin;

namespace AppSnapshot.Tests.Plugin;

public class ConsistencyClassifierTests
{
    private static KeyValuePair<string, string>[] Tags(params (string Key, string Value)[] tags) =>
        tags.Select(t => new KeyValuePair<string, string>(t.Key, t.Value)).ToArray();

    [Theory]
    [InlineData("APPConsistent", "True")]
    [InlineData("AppConsistent", "True")]
    [InlineData("appconsistent", "true")]
    [InlineData("APPCONSISTENT", "TRUE")]
    public void AppConsistentTagMeansApplication(string key, string value)
    {
        Assert.Equal(Consistency.Application, ConsistencyClassifier.FromTags(Tags(("env", "prod"), (key, value))));
    }

    [Theory]
    [InlineData("FsConsistent", "True")]
    [InlineData("fsconsistent", "true")]
    public void FsConsistentTagMeansFileSystem(string key, string value)
    {
        Assert.Equal(Consistency.FileSystem, ConsistencyClassifier.FromTags(Tags((key, value))));
    }

    [Fact]
    public void ApplicationWinsWhenBothTagsArePresent()
    {
        Assert.Equal(Consistency.Application, ConsistencyClassifier.FromTags(Tags(("FsConsistent", "True"), ("APPConsistent", "True"))));
    }

    [Fact]
    public void NoConsistencyTagOrFalseValuesMeanCrash()
    {
        Assert.Equal(Consistency.Crash, ConsistencyClassifier.FromTags(Tags()));
        Assert.Equal(Consistency.Crash, ConsistencyClassifier.FromTags(Tags(("APPConsistent", "False"), ("FsConsistent", "no"), ("x", "True"))));
    }

    [Fact]
    public void GroupIsAsConsistentAsItsWeakestSnapshot()
    {
        Assert.Equal(Consistency.FileSystem,
            ConsistencyClassifier.ForGroup(new[] { Consistency.Application, Consistency.FileSystem, Consistency.Application }));
        Assert.Equal(Consistency.Crash, ConsistencyClassifier.ForGroup(new[] { Consistency.Application, Consistency.Crash }));
        Assert.Equal(Consistency.Application, ConsistencyClassifier.ForGroup(new[] { Consistency.Application }));
        Assert.Equal(Consistency.Unknown, ConsistencyClassifier.ForGroup(new[] { Consistency.Application, Consistency.Unknown }));
    }

    [Fact]
    public void EmptyGroupIsUnknown()
    {
        Assert.Equal(Consistency.Unknown, ConsistencyClassifier.ForGroup(Array.Empty<Consistency>()));
    }

    [Fact]
    public void NullArgumentsAreRefused()
    {
        Assert.Throws<ArgumentNullException>(() => ConsistencyClassifier.FromTags(null!));
        Assert.Throws<ArgumentNullException>(() => ConsistencyClassifier.ForGroup(null!));
    }
}
