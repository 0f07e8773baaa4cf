using System;
using System.Collections.Generic;
using System.Linq;

namespace AppSnapshot.Completion
{
    /// <summary>
    /// Region ids offered by tab completion when no account is at hand. Completion only: any
    /// region id the service knows is accepted, listed here or not.
    /// </summary>
    public static class RegionCatalog
    {
        private static readonly KeyValuePair<string, string>[] Regions =
        {
            Region("cn-hangzhou", "China (Hangzhou)"),
            Region("cn-shanghai", "China (Shanghai)"),
            Region("cn-beijing", "China (Beijing)"),
            Region("cn-qingdao", "China (Qingdao)"),
            Region("cn-zhangjiakou", "China (Zhangjiakou)"),
            Region("cn-huhehaote", "China (Hohhot)"),
            Region("cn-wulanchabu", "China (Ulanqab)"),
            Region("cn-shenzhen", "China (Shenzhen)"),
            Region("cn-heyuan", "China (Heyuan)"),
            Region("cn-guangzhou", "China (Guangzhou)"),
            Region("cn-chengdu", "China (Chengdu)"),
            Region("cn-hongkong", "China (Hong Kong)"),
            Region("ap-southeast-1", "Singapore"),
            Region("ap-southeast-3", "Malaysia (Kuala Lumpur)"),
            Region("ap-southeast-5", "Indonesia (Jakarta)"),
            Region("ap-southeast-6", "Philippines (Manila)"),
            Region("ap-southeast-7", "Thailand (Bangkok)"),
            Region("ap-northeast-1", "Japan (Tokyo)"),
            Region("ap-northeast-2", "South Korea (Seoul)"),
            Region("us-west-1", "US (Silicon Valley)"),
            Region("us-east-1", "US (Virginia)"),
            Region("eu-central-1", "Germany (Frankfurt)"),
            Region("eu-west-1", "UK (London)"),
            Region("me-east-1", "UAE (Dubai)"),
            Region("me-central-1", "Saudi Arabia (Riyadh)"),
        };

        /// <summary>Regions whose id starts with <paramref name="prefix"/> (case-insensitive), in catalog order.</summary>
        public static IEnumerable<KeyValuePair<string, string>> Matching(string? prefix)
        {
            var p = CompletionWord.Clean(prefix);
            return Regions.Where(r => r.Key.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        }

        private static KeyValuePair<string, string> Region(string id, string name) => new KeyValuePair<string, string>(id, name);
    }
}
