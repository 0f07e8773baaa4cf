using AppSnapshot.Tests.Fakes;
using AppSnapshot.Common;
using AppSnapshot.Credentials;
using AppSnapshot.Tests.Support;

namespace AppSnapshot.Tests.Credentials;

public class RefreshingCredentialProviderTests
{
    [Fact]
    public async Task AFailedRefreshKeepsTheOldCredentialUntilItActuallyExpires()
    {
        var clock = new ManualClock();
        var fail = false;
        var fetches = 0;
        var provider = new RefreshingCredentialProvider(_ =>
        {
            fetches++;
            if (fail) throw new InvalidOperationException("sts down");
            return Task.FromResult(new AcsCredential("STS.a0000000001", "s", "t", clock.UtcNow + TimeSpan.FromMinutes(10)));
        }, clock, TimeSpan.FromMinutes(3));

        var first = await provider.GetCredentialAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(8));
        fail = true;
        Assert.Same(first, await provider.GetCredentialAsync(CancellationToken.None));
        Assert.Equal(2, fetches);

        clock.Advance(TimeSpan.FromMinutes(3));
        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetCredentialAsync(CancellationToken.None));
    }

    [Fact]
    public async Task LongTermCredentialsWithoutExpirationAreFetchedOnce()
    {
        var fetches = 0;
        var provider = new RefreshingCredentialProvider(_ => { fetches++; return Task.FromResult(new AcsCredential("LTAIx0000000001", "s")); }, new ManualClock(), TimeSpan.FromMinutes(3));
        await provider.GetCredentialAsync(CancellationToken.None);
        await provider.GetCredentialAsync(CancellationToken.None);
        Assert.Equal(1, fetches);
        provider.Invalidate();
        await provider.GetCredentialAsync(CancellationToken.None);
        Assert.Equal(2, fetches);
    }

    [Fact]
    public void CredentialTextShowsOnlyTheMaskedId()
    {
        var c = new AcsCredential("STS.NUh5abcdefgh12", "the-secret", "the-token", new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        Assert.Equal("AcsCredential(STS.****12, STS, expires 2030-01-02T03:04:05Z)", c.ToString());
        Assert.Equal("****", Mask.AccessKeyId("short"));
        Assert.Equal("(empty)", Mask.AccessKeyId(null));
        Assert.Throws<ArgumentException>(() => new AcsCredential("", "s"));
        Assert.Throws<ArgumentException>(() => new AcsCredential("id", ""));
    }
}
