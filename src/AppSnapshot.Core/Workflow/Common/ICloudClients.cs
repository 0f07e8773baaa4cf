using AppSnapshot.Client;
using AppSnapshot.Connection;

namespace AppSnapshot.Workflow.Common
{
    /// <summary>The clients an operation needs. <see cref="AcsSession"/> in production, fakes in unit tests.</summary>
    public interface ICloudClients
    {
        string? DefaultRegionId { get; }
        /// <param name="regionId">Null means <see cref="DefaultRegionId"/>.</param>
        IRpcClient Ecs(string? regionId);
        IRpcClient Ram { get; }
    }

    internal static class CloudClientsExtensions
    {
        /// <summary>
        /// The region an object without one acts in: the session's default, else the region the
        /// default ECS client was made for (which throws, naming -RegionId, when neither is known).
        /// </summary>
        public static string RegionOrDefault(this ICloudClients clients, string? regionId) =>
            regionId ?? clients.DefaultRegionId ?? clients.Ecs(null).RegionId ?? "";
    }

    public sealed class SessionClients : ICloudClients
    {
        private readonly AcsSession _session;

        public SessionClients(AcsSession session) => _session = session ?? throw new System.ArgumentNullException(nameof(session));

        public string? DefaultRegionId => _session.DefaultRegionId;
        public IRpcClient Ecs(string? regionId) => _session.Ecs(regionId);
        public IRpcClient Ram => _session.Ram;
    }
}
