using System.Reflection;
using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Optimizer.Service.Errors;

namespace Optimizer.Service.Admission;

/// <summary>
/// Binds every gRPC service like grpc-dotnet's own binder (the generated <c>BindService</c> found through
/// <see cref="BindServiceMethodAttribute"/>, handlers by method name), but with a request marshaller that turns a
/// message that is not valid protobuf (truncated, wrong wire type, invalid UTF-8, ...) into INVALID_ARGUMENT.
/// grpc-dotnet answers those UNKNOWN ("Exception was thrown by handler."), before any interceptor runs.
/// </summary>
internal sealed class StrictServiceMethodProvider<TService> : IServiceMethodProvider<TService>
    where TService : class
{
    /// <inheritdoc />
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TService> context)
    {
        var attribute = typeof(TService).GetCustomAttribute<BindServiceMethodAttribute>(inherit: true);
        var bind = attribute?.BindType.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .SingleOrDefault(m => m.Name == attribute.BindMethodName && m.GetParameters() is [var first, _] && first.ParameterType == typeof(ServiceBinderBase));
        bind?.Invoke(null, [new Binder(context), null]);
    }

    private static Marshaller<TRequest> Strict<TRequest>(Marshaller<TRequest> inner) => new(
        inner.ContextualSerializer,
        deserialization =>
        {
            try
            {
                return inner.ContextualDeserializer(deserialization);
            }
            catch (InvalidProtocolBufferException e)
            {
                throw RpcErrors.MalformedMessage(e).ToRpcException();
            }
        });

    private sealed class Binder(ServiceMethodProviderContext<TService> context) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler) =>
            context.AddUnaryMethod(Wrap(method), Metadata(method.Name), Invoker<UnaryServerMethod<TService, TRequest, TResponse>>(method.Name));

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddServerStreamingMethod(Wrap(method), Metadata(method.Name), Invoker<ServerStreamingServerMethod<TService, TRequest, TResponse>>(method.Name));

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddClientStreamingMethod(Wrap(method), Metadata(method.Name), Invoker<ClientStreamingServerMethod<TService, TRequest, TResponse>>(method.Name));

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddDuplexStreamingMethod(Wrap(method), Metadata(method.Name), Invoker<DuplexStreamingServerMethod<TService, TRequest, TResponse>>(method.Name));

        private static Method<TRequest, TResponse> Wrap<TRequest, TResponse>(Method<TRequest, TResponse> method)
            where TRequest : class
            where TResponse : class =>
            new(method.Type, method.ServiceName, method.Name, Strict(method.RequestMarshaller), method.ResponseMarshaller);

        private static List<object> Metadata(string name) =>
            [.. typeof(TService).GetCustomAttributes(inherit: true), .. Handler(name)?.GetCustomAttributes(inherit: true) ?? []];

        private static TDelegate Invoker<TDelegate>(string name)
            where TDelegate : Delegate =>
            (TDelegate)Delegate.CreateDelegate(typeof(TDelegate), Handler(name) ?? throw new InvalidOperationException($"{typeof(TService).Name} has no method {name}."));

        private static MethodInfo? Handler(string name) => typeof(TService).GetMethod(name, BindingFlags.Public | BindingFlags.Instance);
    }
}
