namespace EcsEmulator;

/// <summary>Faults injected on one action (or "*" for all). Percentages are 0..100.</summary>
public sealed class FaultSettings
{
    /// <summary>Share of calls refused with Throttling.User (400).</summary>
    public double ThrottlePercent { get; set; }
    /// <summary>Share of calls failing with ServiceUnavailable (503) or InternalError (500).</summary>
    public double ServerErrorPercent { get; set; }
    /// <summary>Delay added before the call is handled.</summary>
    public int LatencyMs { get; set; }
    /// <summary>Calls per second allowed for the action; above it Throttling.User. Null = unlimited.</summary>
    public double? RatePerSecond { get; set; }
    /// <summary>Share of calls whose effect is committed and whose connection is then aborted (reset) without a response.</summary>
    public double DropAfterCommitPercent { get; set; }
    /// <summary>
    /// Share of calls whose effect is committed and whose connection is then closed gracefully (FIN) without a
    /// response. .NET's handler resends such a request as it was (same nonce), so the resend is refused with
    /// SignatureNonceUsed, as the real gateway does.
    /// </summary>
    public double CloseAfterCommitPercent { get; set; }
}
