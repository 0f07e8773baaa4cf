namespace AppSnapshot.Common
{
    public static class Mask
    {
        /// <summary>First 4 and last 2 characters, e.g. <c>LTAI****01</c>; short ids are fully masked.</summary>
        public static string AccessKeyId(string? accessKeyId)
        {
            if (string.IsNullOrEmpty(accessKeyId)) return "(empty)";
            if (accessKeyId!.Length < 10) return "****";
            return accessKeyId.Substring(0, 4) + "****" + accessKeyId.Substring(accessKeyId.Length - 2);
        }
    }
}
