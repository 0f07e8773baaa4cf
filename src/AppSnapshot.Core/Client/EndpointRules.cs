using System;
using System.Collections.Generic;

namespace AppSnapshot.Client
{
    /// <summary>
    /// Public endpoint host per product and region (ecs-api.md §5). The exceptions follow the current
    /// API metadata list; DescribeRegions' RegionEndpoint is authoritative if one ever disagrees.
    /// </summary>
    internal static class EndpointRules
    {
        private static readonly Dictionary<string, Rule> Rules = new Dictionary<string, Rule>(StringComparer.Ordinal)
        {
            ["Ecs"] = new Rule("ecs.{region}.aliyuncs.com", "ecs.aliyuncs.com", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["cn-hangzhou"] = "ecs-cn-hangzhou.aliyuncs.com",
                ["cn-shanghai-finance-1"] = "ecs-cn-hangzhou.aliyuncs.com",
                ["cn-shenzhen-finance-1"] = "ecs-cn-hangzhou.aliyuncs.com",
                ["cn-hangzhou-finance"] = "ecs.aliyuncs.com",
            }),
            ["Ram"] = new Rule(null, "ram.aliyuncs.com", new Dictionary<string, string>()),
            ["Sts"] = new Rule("sts.{region}.aliyuncs.com", "sts.aliyuncs.com", new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["cn-hangzhou-finance"] = "sts.aliyuncs.com",
                ["cn-shenzhen-finance-1"] = "sts.aliyuncs.com",
            }),
        };

        public static string Host(string product, string? regionId)
        {
            var rule = Rules[product];
            if (string.IsNullOrEmpty(regionId) || rule.RegionalPattern is null) return rule.Central;
            if (rule.Exceptions.TryGetValue(regionId!, out var host)) return host;
            return rule.RegionalPattern.Replace("{region}", regionId);
        }

        private sealed class Rule
        {
            public Rule(string? regionalPattern, string central, Dictionary<string, string> exceptions)
            {
                RegionalPattern = regionalPattern;
                Central = central;
                Exceptions = exceptions;
            }

            public string? RegionalPattern { get; }
            public string Central { get; }
            public Dictionary<string, string> Exceptions { get; }
        }
    }
}
