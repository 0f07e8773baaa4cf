using AppSnapshot.Api;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Prerequisites;
using static AppSnapshot.Workflow.Prerequisites.PrerequisiteCheckNames;

namespace AppSnapshot.Tests.Workflow.Prerequisites;

public class PrerequisiteChecksTests
{
    private static DiskRecord Disk(string id, string category = "cloud_essd", string multiAttach = "Disabled", long size = 100) =>
        new() { DiskId = id, Category = category, MultiAttach = multiAttach, SizeGiB = size, InstanceId = "i-1" };

    private static PrerequisiteCheck Named(IEnumerable<PrerequisiteCheck> checks, string name) => Assert.Single(checks, c => c.Name == name);

    [Fact]
    public void AMetRequirementHasNoSeverityAndNoRemedy()
    {
        var running = PrerequisiteChecks.Running(new EcsInstance { Status = "Running" });

        Assert.Equal(((bool?)true, CheckSeverity.None, (string?)null), (running.Passed, running.SeverityValue, running.Remedy));
    }

    [Fact]
    public void AnUnmetRequirementHasItsSeverityAndRemedy()
    {
        var stopped = PrerequisiteChecks.Running(new EcsInstance { Status = "Stopped" });

        Assert.Equal(((bool?)false, CheckSeverity.Error), (stopped.Passed, stopped.SeverityValue));
        Assert.Equal("Start the instance.", stopped.Remedy);
    }

    [Fact]
    public void AMultiAttachDataDiskIsAWarningThatItWillBeSkipped()
    {
        var checks = PrerequisiteChecks.Disks(new[] { Disk("d-sys"), Disk("d-shared", multiAttach: "Enabled") }).ToList();

        var shared = Named(checks, MultiAttachDisks);
        Assert.Equal(((bool?)false, CheckSeverity.Warning), (shared.Passed, shared.SeverityValue));
        Assert.Contains("skipped", shared.Detail);
        Assert.Contains("d-shared", shared.Detail);
        Assert.Contains("d-shared", shared.Remedy);
        var essd = Named(checks, EssdDisks);
        Assert.Equal((bool?)true, essd.Passed);
        Assert.DoesNotContain("d-shared", essd.Detail);
        Assert.DoesNotContain(checks, c => c.SeverityValue == CheckSeverity.Error);
    }

    [Fact]
    public void OnlyMultiAttachEssdDisksLeaveNothingToSnapshot()
    {
        var checks = PrerequisiteChecks.Disks(new[] { Disk("d-sys", "cloud_efficiency"), Disk("d-shared", multiAttach: "Enabled") }).ToList();

        Assert.Equal(CheckSeverity.Error, Named(checks, EssdDisks).SeverityValue);
        Assert.Equal(CheckSeverity.Warning, Named(checks, MultiAttachDisks).SeverityValue);
    }

    [Fact]
    public void WhatTheApiCannotShowIsInformationNeitherPassedNorFailed()
    {
        var fileSystems = PrerequisiteChecks.FileSystems();
        var scripts = PrerequisiteChecks.Scripts(Platform.Linux);

        Assert.Equal(((bool?)null, CheckSeverity.Information), (fileSystems.Passed, fileSystems.SeverityValue));
        Assert.Equal(((bool?)null, CheckSeverity.Information), (scripts.Passed, scripts.SeverityValue));
        Assert.NotNull(scripts.Remedy);
    }

    [Fact]
    public void AnUnrecognisedSystemIsAnUnverifiedWarning()
    {
        var os = PrerequisiteChecks.OperatingSystem(new EcsInstance { OSName = "Plan 9" });

        Assert.Equal(((bool?)null, CheckSeverity.Warning), (os.Passed, os.SeverityValue));
    }

    [Fact]
    public void TheReportIsReadyUnlessACheckFoundAnErrorAndListsFailuresAndWarningsByName()
    {
        var report = new PrerequisiteReport
        {
            Checks =
            {
                new PrerequisiteCheck { Name = "A", Passed = true, SeverityValue = CheckSeverity.None },
                new PrerequisiteCheck { Name = "B", Passed = null, SeverityValue = CheckSeverity.Information },
                new PrerequisiteCheck { Name = "C", Passed = false, SeverityValue = CheckSeverity.Warning },
            },
        };
        Assert.True(report.Ready);
        Assert.Empty(report.FailedChecks);
        Assert.Equal(new[] { "C" }, report.WarningChecks);

        report.Checks.Add(new PrerequisiteCheck { Name = "D", Passed = false, SeverityValue = CheckSeverity.Error });
        Assert.False(report.Ready);
        Assert.Equal(new[] { "D" }, report.FailedChecks);
    }
}
