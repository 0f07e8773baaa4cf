namespace AppSnapshot.Completion
{
    /// <summary>The word being completed, without the quotes the user may have started typing.</summary>
    public static class CompletionWord
    {
        public static string Clean(string? word) => (word ?? string.Empty).Trim('\'', '"');
    }
}
