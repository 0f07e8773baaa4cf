using System.Globalization;

namespace EcsEmulator.Http;

/// <summary>Legacy PageNumber/PageSize and token (MaxResults/NextToken) paging over an ordered list.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, int PageNumber, int PageSize, string NextToken);

internal static class Paging
{
    public static Page<T> Apply<T>(IReadOnlyList<T> all, ApiParameters p, int maxPageSize = 100, int defaultSize = 10,
        string pageNumberCode = "InvalidParameter", string pageSizeCode = "InvalidParameter", int maxResultsMax = 100)
    {
        var token = p.Get("NextToken");
        var maxResults = p.Get("MaxResults") is not null
            ? p.Int("MaxResults", 1, maxResultsMax, "InvalidParameter.MaxResults")!.Value : (int?)null;
        if (token is not null || maxResults is not null)
        {
            var offset = token is null ? 0 : DecodeToken(token);
            var size = maxResults ?? defaultSize;
            var items = all.Skip(offset).Take(size).ToList();
            var next = offset + size < all.Count ? EncodeToken(offset + size) : "";
            return new Page<T>(items, all.Count, 1, size, next);
        }
        var pageNumber = p.Int("PageNumber", 1, int.MaxValue, pageNumberCode) ?? 1;
        var pageSize = p.Int("PageSize", 1, maxPageSize, pageSizeCode) ?? defaultSize;
        var page = all.Skip((pageNumber - 1) * pageSize).Take(pageSize).ToList();
        return new Page<T>(page, all.Count, pageNumber, pageSize, "");
    }

    /// <summary>Token-only paging (DescribeSnapshotGroups, ListTagResources).</summary>
    public static Page<T> TokenOnly<T>(IReadOnlyList<T> all, string? token, int size)
    {
        var offset = token is null ? 0 : DecodeToken(token);
        var items = all.Skip(offset).Take(size).ToList();
        return new Page<T>(items, all.Count, 1, size, offset + size < all.Count ? EncodeToken(offset + size) : "");
    }

    private static string EncodeToken(int offset) => "nt" + offset.ToString("x8", CultureInfo.InvariantCulture);

    private static int DecodeToken(string token)
    {
        if (token.Length == 10 && token.StartsWith("nt", StringComparison.Ordinal)
            && int.TryParse(token.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var offset))
            return offset;
        throw new ApiException(400, "InvalidParameter.NextToken", "The specified parameter NextToken is not valid.");
    }
}
