using Microsoft.AspNetCore.Mvc.Testing;
using Optimizer.Service.Hosting;
using Optimizer.Service.Tests.TestSupport;

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

    [Theory]
    [InlineData("--Optimizer:Limits:MaxChannels=abc", "'abc' at 'Optimizer:Limits:MaxChannels'")]
    [InlineData("--Optimizer:Limits:MaxChannels=0", "Optimizer:Limits:MaxChannels must be >= 1.")]
    [InlineData("--Optimizer:Limits:CpuBacklogInterval=00:00:02", "Optimizer:Limits:CpuBacklogInterval must be between 0 and 1 s.")]
    [InlineData("--Optimizer:Shutdown:Timeout=-00:00:01", "Optimizer:Shutdown:Timeout must be positive")]
    [InlineData("--Kestrel:Endpoints:Grpc:Url=notaurl", "Kestrel:Endpoints:Grpc:Url must be an http:// or https:// address")]
    [InlineData("--Optimizer:Limits:DefaultTimeLimit=00:10:00", "Optimizer:Limits:DefaultTimeLimit must be <= Optimizer:Limits:MaxTimeLimit.")]
    public async Task RealServer_BadSetting_OneLineNamingItAndExitCode78(string setting, string expected)
    {
        var (exitCode, output) = await RealServer.RunToExitAsync(setting);

        Assert.Equal(78, exitCode);
        string first = output.Split('\n')[0];
        Assert.StartsWith("optimizer: invalid setting: ", first, StringComparison.Ordinal);
        Assert.Contains(expected, first, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_OtherExceptions_Null()
    {
        Assert.Null(StartupErrors.Describe(new InvalidOperationException("Unable to bind to http://bogus")));
        Assert.Null(StartupErrors.Describe(new AggregateException(new InvalidSettingException("a must be b"), new IOException("disk"))));
        Assert.Equal("a must be b; c must be d", StartupErrors.Describe(new AggregateException(new InvalidSettingException("a must be b"), new InvalidSettingException("c must be d"))));
    }
}
