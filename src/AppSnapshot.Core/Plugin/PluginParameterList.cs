using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AppSnapshot.Plugin
{
    /// <summary>
    /// The <c>--params=</c> grammar: <c>-Key=value</c> pairs joined by commas; strings in double
    /// quotes, booleans and integers bare. Callers pass only validated values.
    /// </summary>
    internal sealed class PluginParameterList
    {
        private readonly List<string> _pairs = new List<string>();

        public PluginParameterList AddString(string key, string value)
        {
            _pairs.Add($"-{key}=\"{value}\"");
            return this;
        }

        public PluginParameterList AddBoolean(string key, bool value)
        {
            _pairs.Add($"-{key}={(value ? "true" : "false")}");
            return this;
        }

        public PluginParameterList AddInteger(string key, int value)
        {
            _pairs.Add($"-{key}={value.ToString(CultureInfo.InvariantCulture)}");
            return this;
        }

        public override string ToString()
        {
            var text = new StringBuilder();
            foreach (var pair in _pairs)
            {
                if (text.Length > 0)
                {
                    text.Append(',');
                }

                text.Append(pair);
            }

            return text.ToString();
        }
    }
}
