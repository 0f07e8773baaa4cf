using System.Collections.Generic;

namespace AppSnapshot.Api
{
    public sealed class InstanceFilter
    {
        public IList<string> InstanceIds { get; } = new List<string>();
        /// <summary>Passed to the service as is; it accepts <c>*</c> wildcards.</summary>
        public string? InstanceName { get; set; }
        public string? Status { get; set; }
        public IDictionary<string, string> Tags { get; } = new Dictionary<string, string>();
    }

    public sealed class InstanceRecord
    {
        public string InstanceId { get; set; } = "";
        public string InstanceName { get; set; } = "";
        public string RegionId { get; set; } = "";
        public string ZoneId { get; set; } = "";
        public string Status { get; set; } = "";
        /// <summary>As the service spells it (<c>linux</c> / <c>windows</c>).</summary>
        public string OSType { get; set; } = "";
        /// <summary>In the account's language, e.g. "CentOS  7.9 64位".</summary>
        public string OSName { get; set; } = "";
        /// <summary>In English, e.g. "CentOS  7.9 64 bit"; empty when the service does not send it.</summary>
        public string OSNameEn { get; set; } = "";
        public IDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();
        public string RequestId { get; set; } = "";
    }
}
