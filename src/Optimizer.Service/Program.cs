using Optimizer.Service.Hosting;

// The optimizer.v1 host: gRPC on an HTTP/2 port, JSON transcoding, /healthz and /metrics on an HTTP/1.1 port.
// Endpoints come from the "Kestrel" configuration section; limits from "Optimizer:Limits", the SIGTERM drain time
// from "Optimizer:Shutdown" (appsettings.json, environment variables, command line).
// A bad setting ends start-up with one line naming it and exit code 78, not a stack trace.
StartupErrors.ExitCleanlyOnBadSettings();
var builder = WebApplication.CreateBuilder(args);

builder.AddOptimizerEndpointDefaults();
builder.AddOptimizerLimits();
builder.AddOptimizerShutdown();
builder.AddOptimizerTelemetry();
builder.AddOptimizerGrpc();
builder.AddOptimizerAdmission();
builder.AddOptimizerHealth();

var app = builder.Build();

app.MapOptimizerGrpc();
app.MapOptimizerHealth();
app.MapOptimizerTelemetry();

app.Run();
