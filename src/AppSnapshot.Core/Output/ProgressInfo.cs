namespace AppSnapshot.Output
{
    /// <summary>A progress record, shaped like PowerShell's ProgressRecord.</summary>
    public sealed class ProgressInfo
    {
        public ProgressInfo(int activityId, string activity, string statusDescription)
        {
            ActivityId = activityId;
            Activity = activity;
            StatusDescription = statusDescription;
        }

        public int ActivityId { get; }
        public string Activity { get; }
        public string StatusDescription { get; }
        public int ParentActivityId { get; set; } = -1;
        public int PercentComplete { get; set; } = -1;
        public int SecondsRemaining { get; set; } = -1;
        public string? CurrentOperation { get; set; }
        public bool Completed { get; set; }
    }
}
