namespace Optimizer.Cli.Tests.TestSupport;

/// <summary>A fact that is skipped, saying why, when Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when chromium is absent.</summary>
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "chromium is not installed: apt-get install chromium (.ci/run installs it) to render the report headless";
        }
    }
}
