namespace EcsEmulator.Infrastructure;

/// <summary>Alibaba-looking resource ids (prefix + 20 lower-case alphanumerics), from a seedable source.</summary>
internal sealed class IdGenerator(Random random)
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public string Next(string prefix, int length = 20)
    {
        var chars = new char[length];
        lock (random)
        {
            for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }
        return prefix + new string(chars);
    }

    public string Digits(int length)
    {
        var chars = new char[length];
        lock (random)
        {
            chars[0] = (char)('1' + random.Next(9));
            for (var i = 1; i < chars.Length; i++) chars[i] = (char)('0' + random.Next(10));
        }
        return new string(chars);
    }
}
