using GraphQL;
using GraphQL.Instrumentation;
using GraphQLParser;
using UtilityPortal.Domain;

namespace UtilityPortal.GraphApi.Errors;

/// <summary>
/// Turns a <see cref="DomainException"/> from a resolver into one GraphQL error per broken rule and a null field,
/// so a client can show each message beside its input. Use cases throw before they save, so nothing is saved.
/// </summary>
public sealed class DomainErrorMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DomainException ex)
        {
            foreach (var error in ex.Errors)
            {
                var executionError = new DomainExecutionError(error) { Path = context.ResponsePath };
                executionError.AddLocation(Location.FromLinearPosition(context.Document.Source, context.FieldAst.Location.Start));
                context.Errors.Add(executionError);
            }

            return null;
        }
    }
}
