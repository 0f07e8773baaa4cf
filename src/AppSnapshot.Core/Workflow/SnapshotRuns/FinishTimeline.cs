using System;
using System.Collections.Generic;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// When the instances of a wait were reported, relative to its start, for the progress bar's time left.
    /// Reports come in time order and many at once, so they are kept as (time, count) steps: as many as the
    /// moments something was written, not one per instance; past a cap, neighbouring steps are merged.
    /// </summary>
    internal sealed class FinishTimeline
    {
        private const int MaxSteps = 1024;
        private readonly List<(TimeSpan At, int Count)> _steps = new List<(TimeSpan, int)>();

        public int Count { get; private set; }

        public void Add(TimeSpan at)
        {
            Count++;
            var last = _steps.Count - 1;
            if (last >= 0 && _steps[last].At >= at)
            {
                _steps[last] = (_steps[last].At, _steps[last].Count + 1);
                return;
            }
            _steps.Add((at, 1));
            if (_steps.Count > MaxSteps) MergeNeighbours();
        }

        /// <summary>The median time (the later one of an even pair's step), or null while nothing finished.</summary>
        public TimeSpan? Median
        {
            get
            {
                if (Count == 0) return null;
                var rank = (Count - 1) / 2;
                var seen = 0;
                foreach (var (at, count) in _steps)
                {
                    seen += count;
                    if (seen > rank) return at;
                }
                return _steps[_steps.Count - 1].At;
            }
        }

        private void MergeNeighbours()
        {
            var merged = new List<(TimeSpan, int)>(_steps.Count / 2 + 1);
            for (var i = 0; i < _steps.Count; i += 2)
                merged.Add(i + 1 < _steps.Count ? (_steps[i + 1].At, _steps[i].Count + _steps[i + 1].Count) : _steps[i]);
            _steps.Clear();
            _steps.AddRange(merged);
        }
    }
}
