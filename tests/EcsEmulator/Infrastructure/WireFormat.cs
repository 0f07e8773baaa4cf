using System.Globalization;

namespace EcsEmulator.Infrastructure;

internal static class WireFormat
{
    public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? t) => t is null ? null : Time(t.Value);

    public static string NewRequestId() => Guid.NewGuid().ToString("D").ToUpperInvariant();
}
