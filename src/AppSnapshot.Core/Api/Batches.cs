using System.Collections.Generic;

namespace AppSnapshot.Api
{
    /// <summary>Splits id lists to the per-call limits the API documents.</summary>
    public static class Batches
    {
        public const int RunCommandInstances = 100;
        public const int RamRoleAttachInstances = 100;
        public const int RamRoleDescribeInstances = 50;
        public const int SendFileInstances = 50;
        public const int CloudAssistantStatusInstances = 100;
        public const int DescribeInstancesIds = 100;
        public const int SnapshotGroupIds = 10;
        public const int ResetDisks = 10;

        public static IEnumerable<IReadOnlyList<T>> Chunk<T>(IEnumerable<T> items, int size)
        {
            var chunk = new List<T>(size);
            foreach (var item in items)
            {
                chunk.Add(item);
                if (chunk.Count == size)
                {
                    yield return chunk;
                    chunk = new List<T>(size);
                }
            }
            if (chunk.Count > 0) yield return chunk;
        }
    }
}
