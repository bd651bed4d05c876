using Microsoft.Extensions.Configuration;
using Optimizer.Service.Hosting;
using Optimizer.Service.Tests.TestSupport;
using static Optimizer.Service.Tests.Deploy.Manifests;

namespace Optimizer.Service.Tests.Deploy;

/// <summary>
/// Offline checks of deploy/ (no Docker or cluster here): every manifest parses and carries the fields production
/// depends on; the ConfigMap only sets settings the host really reads.
/// </summary>
public sealed class ManifestTests
{
    private const string GrpcPort = "50051";

    public static TheoryData<string> Files() => new(All());

    [Theory]
    [MemberData(nameof(Files))]
    public void Manifest_Parses_AndKubernetesObjectsAreNamed(string file)
    {
        var documents = Load(file);

        Assert.NotEmpty(documents);
        if (file.StartsWith("deploy/k8s/", StringComparison.Ordinal))
        {
            Assert.All(documents, d =>
            {
                Assert.False(string.IsNullOrEmpty(Str(d, "apiVersion")), $"{file}: apiVersion");
                Assert.False(string.IsNullOrEmpty(Str(d, "kind")), $"{file}: kind");
                Assert.False(string.IsNullOrEmpty(Str(d, "metadata.name")), $"{file}: metadata.name");
            });
        }
    }

    [Fact]
    public void Deployment_ProbesUseGrpcHealthOnTheGrpcPort()
    {
        var container = Map(Kind("Deployment"), "spec.template.spec.containers.0");

        foreach (string probe in new[] { "readinessProbe", "livenessProbe", "startupProbe" })
        {
            Assert.Equal(GrpcPort, Str(container, $"{probe}.grpc.port"));
            Assert.Null(At(container, $"{probe}.httpGet"));
        }

        Assert.Contains(List(container, "ports"), p => Str(p, "name") == "grpc" && Str(p, "containerPort") == GrpcPort);
    }

    [Fact]
    public void Deployment_SetsResourcesAndRunsAsNonRoot()
    {
        var pod = Map(Kind("Deployment"), "spec.template.spec");
        var container = Map(pod, "containers.0");

        foreach (string path in new[] { "requests.cpu", "requests.memory", "limits.cpu", "limits.memory" })
        {
            Assert.False(string.IsNullOrEmpty(Str(container, "resources." + path)), "resources." + path);
        }

        Assert.Equal("true", Str(pod, "securityContext.runAsNonRoot"));
        Assert.NotEqual("0", Str(pod, "securityContext.runAsUser"));
        Assert.Equal("false", Str(container, "securityContext.allowPrivilegeEscalation"));
        Assert.Equal("true", Str(container, "securityContext.readOnlyRootFilesystem"));
        Assert.Contains("ALL", List(container, "securityContext.capabilities.drop"));
    }

    [Fact]
    public void Deployment_GracePeriodCoversPreStopAndTheHostDrain()
    {
        var pod = Map(Kind("Deployment"), "spec.template.spec");
        int grace = int.Parse(Str(pod, "terminationGracePeriodSeconds")!, System.Globalization.CultureInfo.InvariantCulture);
        var preStop = List(pod, "containers.0.lifecycle.preStop.exec.command");
        int preStopSeconds = int.Parse((string)preStop[^1]!, System.Globalization.CultureInfo.InvariantCulture);
        var drain = TimeSpan.Parse(Str(Kind("ConfigMap"), "data.Optimizer__Shutdown__Timeout")!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(preStopSeconds + drain.TotalSeconds < grace, $"preStop {preStopSeconds} s + drain {drain.TotalSeconds} s must be < grace {grace} s");
        Assert.Contains(List(pod, "containers.0.envFrom"), e => Str(e, "configMapRef.name") == Str(Kind("ConfigMap"), "metadata.name"));
    }

    [Fact]
    public void Services_SelectTheDeploymentPods_AndOneIsHeadless()
    {
        var podLabels = Map(Kind("Deployment"), "spec.template.metadata.labels");
        var services = All().Where(p => p.StartsWith("deploy/k8s/", StringComparison.Ordinal)).SelectMany(Load).Where(d => Str(d, "kind") == "Service").ToArray();

        Assert.Equal(2, services.Length);
        Assert.All(services, s => AssertSelects(Map(s, "spec.selector"), podLabels));
        Assert.All(services, s => Assert.Contains(List(s, "spec.ports"), p => Str(p, "port") == GrpcPort));
        Assert.Single(services, s => Str(s, "spec.clusterIP") == "None");
        Assert.Single(services, s => Str(s, "metadata.name") == "optimizer" && Str(s, "metadata.namespace") == "optimizer");
    }

    [Fact]
    public void HorizontalPodAutoscaler_TargetsTheDeployment()
    {
        var hpa = Kind("HorizontalPodAutoscaler");

        Assert.Equal("autoscaling/v2", Str(hpa, "apiVersion"));
        Assert.Equal("Deployment", Str(hpa, "spec.scaleTargetRef.kind"));
        Assert.Equal(Str(Kind("Deployment"), "metadata.name"), Str(hpa, "spec.scaleTargetRef.name"));
        Assert.True(int.Parse(Str(hpa, "spec.minReplicas")!, System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.NotEmpty(List(hpa, "spec.metrics"));
    }

    [Fact]
    public void PodDisruptionBudget_SelectsTheDeploymentPods()
    {
        var pdb = Kind("PodDisruptionBudget");

        Assert.Equal("policy/v1", Str(pdb, "apiVersion"));
        AssertSelects(Map(pdb, "spec.selector.matchLabels"), Map(Kind("Deployment"), "spec.template.metadata.labels"));
        Assert.Equal(Map(Kind("Deployment"), "spec.selector.matchLabels"), Map(pdb, "spec.selector.matchLabels"));
    }

    [Fact]
    public void CronJob_RunsTheCliAgainstTheService()
    {
        var cron = Kind("CronJob");
        var container = Map(cron, "spec.jobTemplate.spec.template.spec.containers.0");
        var command = List(container, "command").Cast<string>().ToArray();

        Assert.Matches(@"^registry\.example\.com/optimizer-cli:\d+\.\d+\.\d+$", Str(container, "image"));
        Assert.Equal(["optimizer", "run"], command[..2]);
        foreach (string option in new[] { "--data", "--spec", "--out", "--server", "--parallel" })
        {
            int at = Array.IndexOf(command, option);
            Assert.True(at > 1 && at + 1 < command.Length && !command[at + 1].StartsWith("--", StringComparison.Ordinal), $"{option} needs a value");
        }

        string server = command[Array.IndexOf(command, "--server") + 1];
        // Round-robin over the headless Service (one DNS record per ready pod), spread over several calls.
        var headless = All().Where(p => p.StartsWith("deploy/k8s/", StringComparison.Ordinal)).SelectMany(Load)
            .Single(d => Str(d, "kind") == "Service" && Str(d, "spec.clusterIP") == "None");
        Assert.Equal($"dns:///{Str(headless, "metadata.name")}.{Str(headless, "metadata.namespace")}.svc.cluster.local:{GrpcPort}", server);
        Assert.InRange(int.Parse(command[Array.IndexOf(command, "--parallel") + 1], System.Globalization.CultureInfo.InvariantCulture), 2, 64);
        Assert.Equal("Forbid", Str(cron, "spec.concurrencyPolicy"));
        Assert.Equal("true", Str(cron, "spec.jobTemplate.spec.template.spec.securityContext.runAsNonRoot"));
        Assert.False(string.IsNullOrEmpty(Str(container, "resources.limits.memory")));
    }

    [Fact]
    public void ConfigMap_SetsOnlySettingsTheHostReads()
    {
        var data = Map(Kind("ConfigMap"), "data").ToDictionary(kv => ((string)kv.Key).Replace("__", ":", StringComparison.Ordinal), kv => (string?)kv.Value);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(data).Build();

        // Every Optimizer:Limits key is a ServiceLimits property with a value that binds (unknown keys throw).
        var limits = new ServiceLimits();
        configuration.GetSection(ServiceLimits.SectionName).Bind(limits, o => o.ErrorOnUnknownConfiguration = true);
        Assert.Equal(int.Parse(data["Optimizer:Limits:MaxConcurrentSolves"]!, System.Globalization.CultureInfo.InvariantCulture), limits.MaxConcurrentSolves);

        string[] known = [ShutdownHostingExtensions.TimeoutKey, "Kestrel:Endpoints:Grpc:Url", "Kestrel:Endpoints:Http:Url", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_TRACES_SAMPLER", "OTEL_TRACES_SAMPLER_ARG"];
        var unknown = data.Keys.Where(k => !k.StartsWith(ServiceLimits.SectionName + ":", StringComparison.Ordinal)
            && !k.StartsWith("Logging:LogLevel:", StringComparison.Ordinal) && !known.Contains(k)).ToArray();
        Assert.Empty(unknown);
        Assert.True(TimeSpan.Parse(data[ShutdownHostingExtensions.TimeoutKey]!, System.Globalization.CultureInfo.InvariantCulture) > TimeSpan.Zero);
        Assert.EndsWith(":" + GrpcPort, data["Kestrel:Endpoints:Grpc:Url"]);
    }

    [Fact]
    public void OtelCollector_PipelinesUseDefinedComponents_AndReceiveOtlpGrpc()
    {
        var config = Assert.Single(Load("deploy/otel-collector.yaml"));

        Assert.EndsWith(":4317", Str(config, "receivers.otlp.protocols.grpc.endpoint"));
        var pipelines = Map(config, "service.pipelines");
        Assert.Contains("traces", pipelines.Keys);
        Assert.Contains("metrics", pipelines.Keys);
        foreach (var (name, pipeline) in pipelines)
        {
            foreach (string section in new[] { "receivers", "processors", "exporters" })
            {
                var defined = Map(config, section).Keys.Cast<string>().ToHashSet();
                Assert.All(List(pipeline, section).Cast<string>(), c => Assert.True(defined.Contains(c), $"pipeline {name} uses undefined {section} {c}"));
            }
        }
    }

    [Fact]
    public void Dockerfile_PublishesTheServiceForLinuxX64AsNonRootWithAHealthCheck()
    {
        string dockerfile = File.ReadAllText(RepositoryPaths.Combine("deploy", "Dockerfile"));

        Assert.Contains("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", dockerfile);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS service", dockerfile);
        Assert.Contains("dotnet publish src/Optimizer.Service -c Release -r linux-x64 --self-contained false", dockerfile);
        Assert.Contains("USER $APP_UID", dockerfile);
        Assert.Contains("HEALTHCHECK", dockerfile);
        Assert.Contains("/healthz", dockerfile);
        Assert.Contains("EXPOSE 50051 8080", dockerfile);
    }

    private static void AssertSelects(Dictionary<object, object?> selector, Dictionary<object, object?> labels) =>
        Assert.All(selector, kv => Assert.Equal(kv.Value, labels.GetValueOrDefault(kv.Key)));
}
