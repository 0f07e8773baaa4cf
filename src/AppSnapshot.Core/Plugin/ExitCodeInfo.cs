using AppSnapshot.Output;

namespace AppSnapshot.Plugin
{
    /// <summary>What one plug-in exit code means and what the user should do about it.</summary>
    public sealed class ExitCodeInfo
    {
        public ExitCodeInfo(int code, string meaning, string errorId, ErrorKind kind, string recommendedAction)
        {
            Code = code;
            Meaning = meaning;
            ErrorId = errorId;
            Kind = kind;
            RecommendedAction = recommendedAction;
        }

        public int Code { get; }
        public string Meaning { get; }
        /// <summary>Stable identifier, part of the public contract (FullyQualifiedErrorId prefix).</summary>
        public string ErrorId { get; }
        public ErrorKind Kind { get; }
        public string RecommendedAction { get; }
        public bool IsSuccess => Code == 0;

        public override string ToString() => $"{Code} {ErrorId}: {Meaning}";
    }
}
