using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.AspNetCore.Server;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Optimizer.Allocation;
using Optimizer.Service.Errors;
using Optimizer.Service.Services;

namespace Optimizer.Service.Hosting;

/// <summary>gRPC services: the allocation service, JSON transcoding, server reflection and the error interceptor.</summary>
internal static class GrpcHostingExtensions
{
    /// <summary>
    /// Registers gRPC with the error interceptor, message-size limits, JSON transcoding (whose type registry
    /// knows the google.rpc error details, so HTTP errors carry them as JSON), reflection and the allocator.
    /// </summary>
    public static WebApplicationBuilder AddOptimizerGrpc(this WebApplicationBuilder builder)
    {
        builder.Services.AddGrpc(options => options.Interceptors.Add<ErrorInterceptor>())
            .AddJsonTranscoding(options => options.TypeRegistry = TypeRegistry.FromMessages(
                BadRequest.Descriptor, ErrorInfo.Descriptor, PreconditionFailure.Descriptor));
        builder.Services.AddOptions<GrpcServiceOptions>()
            .Configure<IOptions<ServiceLimits>>((grpc, limits) =>
            {
                grpc.MaxReceiveMessageSize = limits.Value.MaxMessageBytes;
                grpc.MaxSendMessageSize = limits.Value.MaxMessageBytes;
            });
        builder.Services.AddGrpcReflection();
        builder.Services.TryAddSingleton<IBudgetAllocator, BudgetAllocator>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>
    /// Tags request metrics with the gRPC status (<see cref="GrpcStatusMetricTagMiddleware"/>), checks gRPC request
    /// framing (<see cref="Admission.GrpcFramingMiddleware"/>), then maps the allocation and
    /// fitting services (gRPC and their HTTP/JSON routes) and the reflection service.
    /// </summary>
    public static WebApplication MapOptimizerGrpc(this WebApplication app)
    {
        app.UseMiddleware<GrpcStatusMetricTagMiddleware>();
        app.UseMiddleware<Admission.GrpcFramingMiddleware>();
        app.MapGrpcService<AllocationServiceImpl>();
        app.MapGrpcService<CurveFittingServiceImpl>();
        app.MapGrpcReflectionService();
        return app;
    }
}
