using System;
using System.Collections.Generic;
using AppSnapshot.Models;

namespace AppSnapshot.Plugin
{
    /// <summary>Reads the consistency the plug-in reached from snapshot tags (spec §7).</summary>
    public static class ConsistencyClassifier
    {
        /// <summary>The seeds spell the key both ways; comparisons ignore case anyway.</summary>
        public const string ApplicationTagKey = "APPConsistent";
        public const string FileSystemTagKey = "FsConsistent";

        public static Consistency FromTags(IEnumerable<KeyValuePair<string, string>> tags)
        {
            if (tags is null)
            {
                throw new ArgumentNullException(nameof(tags));
            }

            var fileSystem = false;
            foreach (var tag in tags)
            {
                if (!IsTrue(tag.Value))
                {
                    continue;
                }

                if (string.Equals(tag.Key?.Trim(), ApplicationTagKey, StringComparison.OrdinalIgnoreCase))
                {
                    return Consistency.Application;
                }

                fileSystem |= string.Equals(tag.Key?.Trim(), FileSystemTagKey, StringComparison.OrdinalIgnoreCase);
            }

            return fileSystem ? Consistency.FileSystem : Consistency.Crash;
        }

        /// <summary>A group is only as consistent as its weakest snapshot; an empty group is Unknown.</summary>
        public static Consistency ForGroup(IEnumerable<Consistency> perSnapshot)
        {
            if (perSnapshot is null)
            {
                throw new ArgumentNullException(nameof(perSnapshot));
            }

            Consistency? weakest = null;
            foreach (var consistency in perSnapshot)
            {
                if (weakest is null || consistency < weakest)
                {
                    weakest = consistency;
                }
            }

            return weakest ?? Consistency.Unknown;
        }

        private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "True", StringComparison.OrdinalIgnoreCase);
    }
}
