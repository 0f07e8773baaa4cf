namespace AppSnapshot.Reliability;

/// <summary>One action under one fault: what was asked, made, told.</summary>
internal sealed class Cell
{
    public string Action { get; init; } = "";
    public string Cmdlet { get; init; } = "";
    public string Fault { get; init; } = "";
    /// <summary>Changes asked for.</summary>
    public int Requested { get; set; }
    /// <summary>Changes really made (seen in the emulator's state).</summary>
    public int Made { get; set; }
    /// <summary>Changes reported as made.</summary>
    public int Returned { get; set; }
    /// <summary>Extra copies of a change (a second group, a second task).</summary>
    public int Duplicates { get; set; }
    /// <summary>Made, and neither reported nor reported as failed: silence.</summary>
    public int Lost { get; set; }
    /// <summary>Made, and reported as failed ("run it again" would make it twice).</summary>
    public int FalseFailures { get; set; }
    /// <summary>Reported as made, and not made.</summary>
    public int FalseSuccesses { get; set; }
    /// <summary>Reported honestly as "may or may not have been made".</summary>
    public int Unknown { get; set; }

    public void Add(Told told, int timesMade)
    {
        Requested++;
        if (timesMade > 0) Made++;
        if (timesMade > 1) Duplicates += timesMade - 1;
        if (told == Told.Made) Returned++;
        if (told == Told.Unknown) Unknown++;
        if (timesMade > 0 && told == Told.Nothing) Lost++;
        if (timesMade > 0 && told == Told.Failed) FalseFailures++;
        if (timesMade == 0 && told == Told.Made) FalseSuccesses++;
    }

    public bool IsHonest => Duplicates == 0 && Lost == 0 && FalseFailures == 0 && FalseSuccesses == 0;
}
