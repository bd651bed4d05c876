using System.Text.Json;
using System.Text.Json.Serialization;
using Optimizer.Cli.Io;

namespace Optimizer.Cli.Jobs;

/// <summary>
/// A fit spec or job file (YAML or JSON, snake_case keys): the CSV's column roles, the model settings, and for
/// <c>optimizer run</c> how next period's budget and bounds are set. Unknown keys are errors.
/// </summary>
internal sealed class JobSpec
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Column roles.</summary>
    public ColumnsSpec Columns { get; init; } = new();

    /// <summary>Model settings (defaults of <see cref="Fitting.MarketingMix.MarketingMixOptions"/> when absent).</summary>
    public ModelSpec Model { get; init; } = new();

    /// <summary>Next period's allocation (used by <c>optimizer run</c>).</summary>
    public AllocationSpec Allocation { get; init; } = new();

    /// <summary>Reads a spec; an empty spec is allowed (column roles may come from options).</summary>
    /// <exception cref="CliException">Missing file, invalid YAML/JSON or an unknown key (exit code 2).</exception>
    public static JobSpec Read(string path)
    {
        string json = ProtoFiles.ReadAsJson(path);
        try
        {
            return JsonSerializer.Deserialize<JobSpec>(json, Json) ?? new JobSpec();
        }
        catch (JsonException e)
        {
            throw CliException.Invalid($"{path}: {e.Message}", e);
        }
    }
}
