using AppSnapshot.Api;
using AppSnapshot.Completion;

namespace AppSnapshot.Tests.Completion;

public class CompletionSourceTests
{
    private static IReadOnlyList<InstanceRecord> Instances(params (string Id, string Name)[] items)
        => items.Select(i => new InstanceRecord { InstanceId = i.Id, InstanceName = i.Name, Status = "Running", OSName = "CentOS 7.9" }).ToList();

    [Fact]
    public void RegionCatalogMatchesByPrefixIgnoringCaseAndQuotes()
    {
        Assert.Contains(RegionCatalog.Matching("CN-H"), r => r.Key == "cn-hangzhou" && r.Value == "China (Hangzhou)");
        Assert.All(RegionCatalog.Matching("'ap-"), r => Assert.StartsWith("ap-", r.Key));
        Assert.Empty(RegionCatalog.Matching("xx-"));
        Assert.True(RegionCatalog.Matching(null).Count() > 20);
    }

    [Fact]
    public void InstancesMatchByIdPrefixOrNameAndTheListingIsCachedForItsLifetime()
    {
        var now = DateTimeOffset.Parse("2026-11-21T10:00:00Z");
        var source = new InstanceIdCompletionSource(() => now);
        var fetches = 0;
        Task<IReadOnlyList<InstanceRecord>> Fetch(CancellationToken _)
        {
            fetches++;
            return Task.FromResult(Instances(("i-b2", "web"), ("i-a1", "mysql-primary"), ("i-c3", "other")));
        }

        Assert.Equal(new[] { "i-a1", "i-b2", "i-c3" }, source.Complete("k", Fetch, "").Select(c => c.Key));
        Assert.Equal(new[] { "i-a1" }, source.Complete("k", Fetch, "MYSQL").Select(c => c.Key));
        Assert.Equal(new[] { "i-b2" }, source.Complete("k", Fetch, "\"i-b").Select(c => c.Key));
        Assert.Equal("mysql-primary (Running, CentOS 7.9)", source.Complete("k", Fetch, "i-a").Single().Value);
        Assert.Equal(1, fetches);

        now += TimeSpan.FromMinutes(2);
        source.Complete("k", Fetch, "");
        source.Complete("other-region", Fetch, "");
        Assert.Equal(3, fetches);
    }

    [Fact]
    public void FailuresAndSlowAnswersOfferNothingInsteadOfThrowingOrHanging()
    {
        var source = new InstanceIdCompletionSource(() => DateTimeOffset.UtcNow) { Deadline = TimeSpan.FromMilliseconds(50) };

        Assert.Empty(source.Complete("boom", _ => throw new InvalidOperationException("no credentials"), ""));
        Assert.Empty(source.Complete("slow", async ct => { await Task.Delay(Timeout.Infinite, ct); return Instances(); }, ""));
    }
}
