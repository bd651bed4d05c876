using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Optimizer.Service.Tests.TestSupport;

/// <summary>Finds NaN or Infinity anywhere in a proto message, recursively.</summary>
internal static class Finiteness
{
    /// <summary>Paths of every non-finite double or float in <paramref name="message"/>.</summary>
    public static IReadOnlyList<string> NonFinite(IMessage message)
    {
        var found = new List<string>();
        Visit(message, "", found);
        return found;
    }

    private static void Visit(IMessage message, string path, List<string> found)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            object value = field.Accessor.GetValue(message);
            string fieldPath = path + field.Name;
            if (field.IsRepeated)
            {
                int i = 0;
                foreach (object item in (System.Collections.IEnumerable)value)
                {
                    Check(field, item, $"{fieldPath}[{i++}]", found);
                }
            }
            else
            {
                Check(field, value, fieldPath, found);
            }
        }
    }

    private static void Check(FieldDescriptor field, object? value, string path, List<string> found)
    {
        switch (value)
        {
            case double d when !double.IsFinite(d):
            case float f when !float.IsFinite(f):
                found.Add(path);
                break;
            case IMessage child when field.FieldType == FieldType.Message:
                Visit(child, path + ".", found);
                break;
        }
    }
}
