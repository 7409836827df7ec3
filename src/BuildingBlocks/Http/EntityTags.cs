using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace OutsourcingPortal.BuildingBlocks.Http;

/// <summary>ETag / If-Match for optimistic concurrency: the tag is the row's version, quoted (a strong validator).</summary>
public static class EntityTags
{
    public static string Format(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(this HttpResponse response, uint version) => response.Headers.ETag = Format(version);

    /// <summary>The version the client last saw, from <c>If-Match</c>; null when the header is missing or unreadable.</summary>
    public static uint? IfMatchVersion(this HttpRequest request)
    {
        var header = request.GetTypedHeaders().IfMatch;
        return header is [{ IsWeak: false } tag]
            && uint.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;
    }
}
