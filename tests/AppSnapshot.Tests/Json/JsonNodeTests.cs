using AppSnapshot.Json;
using AppSnapshot.Output;

namespace AppSnapshot.Tests.Json;

public class JsonNodeTests
{
    [Fact]
    public void ParsesAlibabaResponseShapesAndUnwrapsPluralSingularLists()
    {
        var body = (JsonObject)JsonNode.Parse("""
            { "RequestId": "R1", "TotalCount": 2, "Flag": true, "Str": "true", "Num": "42",
              "Instances": { "Instance": [ { "InstanceId": "i-1" }, { "InstanceId": "i-2" }, 5 ] },
              "Ids": { "Id": [ "a", 1, null ] }, "Empty": { "Instance": [] } }
            """);

        Assert.Equal("R1", body.GetString("RequestId"));
        Assert.Equal(2L, body.GetInt64("TotalCount"));
        Assert.True(body.GetBoolean("Flag"));
        Assert.True(body.GetBoolean("Str"));
        Assert.Equal(42L, body.GetInt64("Num"));
        Assert.Equal("2", body.GetString("TotalCount"));
        Assert.Equal(new[] { "i-1", "i-2" }, body.GetList("Instances", "Instance").Select(i => i.GetString("InstanceId")));
        Assert.Equal(new[] { "a", "1" }, body.GetStringList("Ids", "Id"));
        Assert.Empty(body.GetList("Empty", "Instance"));
        Assert.Empty(body.GetList("Missing", "Instance"));
        Assert.Empty(body.GetStringList("Missing", "Id"));
        Assert.Null(body.GetString("Missing"));
        Assert.Null(body.GetInt64("RequestId"));
        Assert.Null(body.GetBoolean("RequestId"));
        Assert.Null(body.GetObject("RequestId"));
        Assert.Null(body.GetArray("RequestId"));
        Assert.True(body.Contains("Flag"));
        Assert.Equal(8, body.Count);
    }

    [Theory]
    [InlineData("""{"a":"q\"b\\s\/\b\f\n\r\tz\u00e9"}""", "q\"b\\s/\b\f\n\r\tzé")]
    [InlineData("""{"a":"快照"}""", "快照")]
    public void DecodesStringEscapes(string json, string expected)
        => Assert.Equal(expected, ((JsonObject)JsonNode.Parse(json)).GetString("a"));

    [Theory]
    [InlineData("-0.5e+10")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("0")]
    [InlineData("1.25E-3")]
    public void KeepsNumbersExactlyAsWritten(string number)
        => Assert.Equal(number, ((JsonNumber)JsonNode.Parse(number)).Raw);

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"a\":}")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1 2]")]
    [InlineData("\"unterminated")]
    [InlineData("\"bad \\x escape\"")]
    [InlineData("\"bad \\u12 escape\"")]
    [InlineData("\"ctl \u0001\"")]
    [InlineData("01")]
    [InlineData("-")]
    [InlineData("1.")]
    [InlineData("1e")]
    [InlineData("tru")]
    [InlineData("nul")]
    [InlineData("{} extra")]
    [InlineData("{1:2}")]
    [InlineData("@")]
    public void RejectsMalformedDocumentsWithTheOffsetButNotTheText(string text)
    {
        var ex = Assert.Throws<FormatException>(() => JsonNode.Parse(text));
        Assert.StartsWith("Invalid JSON at offset ", ex.Message);
        if (text.Length > 3) Assert.DoesNotContain(text, ex.Message);
    }

    [Fact]
    public void RejectsExcessiveNesting()
        => Assert.Throws<FormatException>(() => JsonNode.Parse(new string('[', 200) + new string(']', 200)));

    [Fact]
    public void RoundTripsAndEscapesOnWrite()
    {
        var obj = new JsonObject()
            .Set("s", "a\"b\\c\n\r\t\b\f\u0001")
            .Set("n", 5L)
            .Set("t", true)
            .Set("f", false)
            .Set("nothing", (string?)null);
        obj["arr"] = JsonArray.OfStrings(new[] { "i-1", "i-2" });
        obj["d"] = new JsonNumber(1.5);
        obj.Set("n", 6L);

        var text = obj.ToJson();
        Assert.Equal("""{"s":"a\"b\\c\n\r\t\b\f\u0001","n":6,"t":true,"f":false,"nothing":null,"arr":["i-1","i-2"],"d":1.5}""", text);
        Assert.Equal(text, JsonNode.Parse(text).ToString());
        Assert.Equal("""["i-1","i-2"]""", JsonArray.OfStrings(new[] { "i-1", "i-2" }).ToJson());
        Assert.Equal(2, new JsonArray(new JsonNode[] { JsonBool.True, JsonNull.Instance }).Count);
        Assert.Null(JsonNull.Instance.AsString());
        Assert.Equal("false", JsonBool.False.AsString());
        Assert.Equal(1.5, ((JsonNumber)JsonNode.Parse("1.5")).ToDouble());
        Assert.Throws<ArgumentNullException>(() => new JsonString(null!));
        Assert.Throws<ArgumentNullException>(() => JsonNode.Parse(null!));
        Assert.Equal(new[] { "s", "n", "t", "f", "nothing", "arr", "d" }, obj.Select(p => p.Key));
    }

    [Fact]
    public void OperationErrorKeepsItsFields()
    {
        var inner = new InvalidOperationException("x");
        var e = new AppSnapshot.Output.OperationError("Id", AppSnapshot.Output.ErrorKind.ObjectNotFound, "msg", "t", "fix", inner);
        Assert.Equal(("Id", AppSnapshot.Output.ErrorKind.ObjectNotFound, "msg", (object?)"t", "fix", (Exception?)inner),
            (e.ErrorId, e.Kind, e.Message, e.Target, e.RecommendedAction, e.Exception));
        Assert.Equal("Id: msg", e.ToString());
        Assert.Throws<ArgumentNullException>(() => new AppSnapshot.Output.OperationError(null!, default, "m"));
        Assert.Throws<ArgumentNullException>(() => new AppSnapshot.Output.OperationError("i", default, null!));
    }
}
