using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AppSnapshot.Workflow.Common
{
    /// <summary>
    /// Tasks in the order they finish, so that one writer can write each result as soon as it is there
    /// while the work behind it runs concurrently. The i-th task returned completes like the i-th task to finish.
    /// </summary>
    internal static class CompletionOrder
    {
        public static IReadOnlyList<Task<T>> Of<T>(IReadOnlyCollection<Task<T>> tasks)
        {
            var slots = tasks.Select(_ => new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
            var finished = -1;
            foreach (var task in tasks)
            {
                task.ContinueWith(done =>
                {
                    var slot = slots[Interlocked.Increment(ref finished)];
                    if (done.IsFaulted) slot.TrySetException(done.Exception!.InnerExceptions);
                    else if (done.IsCanceled) slot.TrySetCanceled();
                    else slot.TrySetResult(done.Result);
                }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
            return slots.Select(s => s.Task).ToList();
        }
    }
}
