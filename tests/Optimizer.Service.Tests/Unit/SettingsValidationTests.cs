using Microsoft.AspNetCore.Mvc.Testing;

namespace Optimizer.Service.Tests.Unit;

/// <summary>
/// Settings the host would accept and then misuse: it must refuse to start, naming the setting, instead of crashing
/// later (at SIGTERM) or running with a nonsense value.
/// </summary>
public sealed class SettingsValidationTests
{
    [Theory]
    [InlineData("Optimizer:Shutdown:Timeout", "100.00:00:00")]
    [InlineData("Optimizer:Limits:DeadlineSafetyMargin", "5")]
    [InlineData("OTEL_TRACES_SAMPLER", "parentbased_traceidratio_typo")]
    public void Start_NonsenseSetting_RefusedNamingIt(string key, string value)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseSetting(key, value));

        var e = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains(key, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("5")]
    [InlineData("-0.1")]
    [InlineData("NaN")]
    public void Start_RatioSamplerWithAnArgumentOutsideZeroToOne_RefusedNamingIt(string argument)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("OTEL_TRACES_SAMPLER", "parentbased_traceidratio")
            .UseSetting("OTEL_TRACES_SAMPLER_ARG", argument));

        var e = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("OTEL_TRACES_SAMPLER_ARG", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_RatioSamplerWithAValidArgument_Starts()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("OTEL_TRACES_SAMPLER", "parentbased_traceidratio")
            .UseSetting("OTEL_TRACES_SAMPLER_ARG", "0.1"));

        Assert.NotNull(factory.Server);
    }
}
