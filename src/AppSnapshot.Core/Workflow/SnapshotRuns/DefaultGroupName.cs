using System;
using System.Globalization;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    public static class DefaultGroupName
    {
        /// <summary>E.g. <c>appsnap-20261121-093000</c>: starts with a letter and uses only characters the group-name rule allows.</summary>
        public static string At(DateTimeOffset utcNow) =>
            "appsnap-" + utcNow.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
    }
}
