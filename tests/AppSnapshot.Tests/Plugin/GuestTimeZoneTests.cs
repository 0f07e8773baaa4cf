using AppSnapshot.Plugin;

namespace AppSnapshot.Tests.Plugin;

public class GuestTimeZoneTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-21T09:30:00Z");

    private static DateTime Guest(string text) => DateTime.ParseExact(text, "yyyy-MM-dd HH:mm:ss.fff", null);

    [Theory]
    [InlineData("2026-11-21 17:30:00.450", 8 * 60)]      // China: the first record half a second after the start
    [InlineData("2026-11-21 09:30:03.000", 0)]           // UTC guest
    [InlineData("2026-11-21 15:00:01.200", 5 * 60 + 30)] // India, +05:30
    [InlineData("2026-11-21 15:15:02.000", 5 * 60 + 45)] // Nepal, +05:45
    [InlineData("2026-11-21 04:30:00.900", -5 * 60)]     // New York in winter
    [InlineData("2026-11-21 23:30:00.000", 14 * 60)]     // Kiribati, the far edge
    [InlineData("2026-11-20 21:30:00.000", -12 * 60)]
    public void TheOffsetIsTheFirstRecordMinusTheStartRoundedToFifteenMinutes(string firstRecord, int expectedMinutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), GuestTimeZone.InferOffset(Guest(firstRecord), Start));
    }

    [Fact]
    public void APluginThatStartsAFewMinutesLateStillGivesTheZone()
    {
        Assert.Equal(TimeSpan.FromHours(8), GuestTimeZone.InferOffset(Guest("2026-11-21 17:37:00.000"), Start));
        Assert.Equal(TimeSpan.FromHours(8), GuestTimeZone.InferOffset(Guest("2026-11-21 17:23:00.000"), Start)); // guest clock a little behind
    }

    [Theory]
    [InlineData("2026-11-22 00:00:00.000")] // +14:30
    [InlineData("2026-11-20 19:00:00.000")] // -14:30
    [InlineData("2027-01-01 00:00:00.000")] // a guest clock weeks off
    public void NoOffsetBeyondFourteenHours(string firstRecord)
    {
        Assert.Null(GuestTimeZone.InferOffset(Guest(firstRecord), Start));
    }

    [Fact]
    public void NoOffsetWithoutAStartTimeOrATimedRecord()
    {
        Assert.Null(GuestTimeZone.InferOffset(null, Start));
        Assert.Null(GuestTimeZone.InferOffset(Guest("2026-11-21 17:30:00.450"), null));
    }

    [Fact]
    public void AGuestTimeKeepsItsWallClockAndGainsTheOffset()
    {
        var at = GuestTimeZone.At(Guest("2026-11-21 17:30:06.100"), TimeSpan.FromHours(8));

        Assert.Equal(new DateTimeOffset(2026, 11, 21, 17, 30, 6, 100, TimeSpan.FromHours(8)), at);
        Assert.Equal(DateTimeOffset.Parse("2026-11-21T09:30:06.1Z").UtcDateTime, at!.Value.UtcDateTime);
    }

    [Fact]
    public void AnUnknownTimeOrOffsetGivesNoTime()
    {
        Assert.Null(GuestTimeZone.At(null, TimeSpan.FromHours(8)));
        Assert.Null(GuestTimeZone.At(Guest("2026-11-21 17:30:06.100"), null));
    }

    [Fact]
    public void ATimeAtTheEdgeOfTheCalendarIsUnknownRatherThanAFailure()
    {
        Assert.Null(GuestTimeZone.At(DateTime.MinValue, TimeSpan.FromHours(8)));
    }
}
