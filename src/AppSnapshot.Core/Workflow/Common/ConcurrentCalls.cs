using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AppSnapshot.Workflow.Common
{
    /// <summary>
    /// Runs one API call per item, at most <c>maxConcurrency</c> at a time, and returns each call's
    /// result or API failure in item order, so the caller can write to its sink afterwards, one
    /// after another. Failures other than API failures (and cancellation) still propagate.
    /// </summary>
    internal static class ConcurrentCalls
    {
        public static async Task<(TResult? Result, Exception? Error)[]> RunAsync<TItem, TResult>(IReadOnlyList<TItem> items,
            int maxConcurrency, Func<TItem, CancellationToken, Task<TResult>> call, CancellationToken ct)
            where TResult : class?
        {
            var outcomes = new (TResult? Result, Exception? Error)[items.Count];
            using (var gate = new SemaphoreSlim(Math.Max(1, maxConcurrency)))
            {
                await Task.WhenAll(items.Select(async (item, index) =>
                {
                    await gate.WaitAsync(ct).ConfigureAwait(false);
                    try
                    {
                        outcomes[index] = (await call(item, ct).ConfigureAwait(false), null);
                    }
                    catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
                    {
                        outcomes[index] = (null, ex);
                    }
                    finally
                    {
                        gate.Release();
                    }
                })).ConfigureAwait(false);
            }
            return outcomes;
        }
    }
}
