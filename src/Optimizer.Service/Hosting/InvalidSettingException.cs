namespace Optimizer.Service.Hosting;

/// <summary>A setting the host refuses to start with; the message names the setting, the rule and the value given.</summary>
public sealed class InvalidSettingException(string message) : InvalidOperationException(message)
{
}
