using System;

namespace AppSnapshot.Workflow.Common
{
    /// <summary>
    /// The wait before the next poll: back to the minimum when the last poll saw progress,
    /// growing geometrically up to the ceiling while nothing changes.
    /// </summary>
    public sealed class AdaptivePollInterval
    {
        private readonly PollingSettings _settings;
        private TimeSpan _current;

        public AdaptivePollInterval(PollingSettings settings)
        {
            _settings = settings;
            _current = Clamp(settings.InitialInterval);
        }

        public TimeSpan Current => _current;

        /// <summary>Records what the last poll saw and returns the wait before the next one.</summary>
        public TimeSpan Next(bool progressed)
        {
            _current = progressed
                ? _settings.MinInterval
                : Clamp(TimeSpan.FromTicks((long)(_current.Ticks * Math.Max(1.0, _settings.GrowthFactor))));
            return _current;
        }

        private TimeSpan Clamp(TimeSpan value)
        {
            if (value > _settings.MaxInterval) return _settings.MaxInterval;
            return value < _settings.MinInterval ? _settings.MinInterval : value;
        }
    }
}
