using EcsEmulator.Http;

namespace EcsEmulator.Faults;

/// <summary>How a call whose effect was applied loses its answer.</summary>
internal enum AnswerLoss
{
    None,
    /// <summary>The connection is aborted (RST): the client sees a reset and decides itself whether to send again.</summary>
    Reset,
    /// <summary>
    /// The connection is closed gracefully (FIN) before any response byte: .NET's handler then resends the
    /// identical request (same date, same nonce) on a new connection, which the gateway refuses as
    /// SignatureNonceUsed.
    /// </summary>
    GracefulClose,
}

/// <summary>What the injector decided for one call.</summary>
internal sealed record FaultDecision(int LatencyMs, ApiException? Error, AnswerLoss Loss)
{
    public static readonly FaultDecision None = new(0, null, AnswerLoss.None);
}
