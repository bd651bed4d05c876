using Grpc.AspNetCore.Server;
using Grpc.AspNetCore.Server.Model;
using Optimizer.Service.Admission;

namespace Optimizer.Service.Hosting;

/// <summary>
/// What a call must pass before a solve starts: a request message that is valid protobuf (else INVALID_ARGUMENT,
/// <see cref="StrictServiceMethodProvider{TService}"/>) and a free solve slot (else RESOURCE_EXHAUSTED at once,
/// <see cref="SolveAdmissionInterceptor"/>). Call after <c>AddOptimizerGrpc</c>: it replaces grpc-dotnet's service
/// binder and puts the admission interceptor inside the error interceptor.
/// </summary>
internal static class AdmissionHostingExtensions
{
    /// <summary>Registers the strict binder and the solve admission control.</summary>
    public static WebApplicationBuilder AddOptimizerAdmission(this WebApplicationBuilder builder)
    {
        var binder = builder.Services.SingleOrDefault(d => d.ServiceType == typeof(IServiceMethodProvider<>) && d.ImplementationType?.Name == "BinderServiceMethodProvider`1")
            ?? throw new InvalidOperationException("grpc-dotnet's BinderServiceMethodProvider is not registered: call AddOptimizerGrpc first.");
        builder.Services.Remove(binder);
        builder.Services.AddSingleton(typeof(IServiceMethodProvider<>), typeof(StrictServiceMethodProvider<>));
        builder.Services.AddSingleton<SolveAdmission>();
        builder.Services.Configure<GrpcServiceOptions>(grpc => grpc.Interceptors.Add<SolveAdmissionInterceptor>());
        return builder;
    }
}
