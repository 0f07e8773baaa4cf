using AppSnapshot.Client;

namespace AppSnapshot.Tests.Client;

public class RpcRequestTests
{
    [Fact]
    public void AddsTypedValuesInInvariantFormAndSkipsNulls()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
        try
        {
            var r = new RpcRequest("RunCommand")
                .Add("A", "x").Add("Skipped", (string?)null).Add("Empty", "")
                .Add("N", -1234567L).Add("NoN", (long?)null)
                .Add("T", true).Add("F", false).Add("NoB", (bool?)null);
            Assert.Equal(new[] { "A=x", "Empty=", "N=-1234567", "T=true", "F=false" }, r.Parameters.Select(p => p.Key + "=" + p.Value));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void FlattensListsOneBasedAndJsonArrays()
    {
        var r = new RpcRequest("X").AddList("InstanceId", new[] { "i-1", "i-2" }).AddJsonArray("InstanceIds", new[] { "i-a", "q\"uote" });
        Assert.Equal(new[] { "InstanceId.1=i-1", "InstanceId.2=i-2", "InstanceIds=[\"i-a\",\"q\\\"uote\"]" }, r.Parameters.Select(p => p.Key + "=" + p.Value));
    }

    [Fact]
    public void RejectsMissingNames()
    {
        Assert.Throws<ArgumentException>(() => new RpcRequest(" "));
        Assert.Throws<ArgumentException>(() => new RpcRequest("X").Add("", "v"));
        Assert.Throws<ArgumentNullException>(() => new RpcRequest("X").AddList("p", null!));
        Assert.Throws<ArgumentNullException>(() => new RpcRequest("X").AddJsonArray("p", null!));
        Assert.Equal("RpcRequest(X, 0 parameters)", new RpcRequest("X").ToString());
    }
}
