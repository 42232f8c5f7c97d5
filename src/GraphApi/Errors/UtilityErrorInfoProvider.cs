using GraphQL;
using GraphQL.Execution;

namespace UtilityPortal.GraphApi.Errors;

/// <summary>Adds <c>extensions.field</c> to Domain errors. Exception details (stack traces) are exposed only in Development.</summary>
public sealed class UtilityErrorInfoProvider(bool exposeExceptionDetails)
    : ErrorInfoProvider(o => o.ExposeExceptionDetails = exposeExceptionDetails)
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is DomainExecutionError { Field: { } field })
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions["field"] = field;
            info.Extensions = extensions;
        }

        return info;
    }
}
