using System.Diagnostics;

namespace Optimizer.Cli.Tests.TestSupport;

/// <summary>Headless Chromium (Debian package <c>chromium</c>; .ci/run installs it).</summary>
public static class Chromium
{
    /// <summary>The browser's path, or null when it is not installed.</summary>
    public static string? Path { get; } = new[] { "chromium", "chromium-browser" }
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => System.IO.Path.Combine(dir, name)))
        .FirstOrDefault(File.Exists);

    /// <summary>Renders <paramref name="html"/> headless and saves a screenshot of the page (1400×3000) to <paramref name="png"/>.</summary>
    public static async Task ScreenshotAsync(string html, string png, string profile)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("chromium is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", $"--user-data-dir={profile}", $"--screenshot={png}", "--window-size=1400,3000",
                     new Uri(html).AbsoluteUri,
                 })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0 || !File.Exists(png))
        {
            throw new InvalidOperationException($"chromium exited {process.ExitCode}: {await stdout} {await stderr}");
        }
    }
}
