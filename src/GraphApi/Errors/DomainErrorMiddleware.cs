using GraphQL;
using GraphQL.Instrumentation;
using GraphQLParser;
using UtilityPortal.Domain;

namespace UtilityPortal.GraphApi.Errors;

/// <summary>
/// Turns a <see cref="DomainException"/> from a resolver into one GraphQL error per broken rule, so a client can show
/// each message beside its input, and leaves the field null. Use cases throw before they save, so nothing is saved.
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
            var errors = ex.Errors.Select(e => new DomainExecutionError(e)).ToList();
            foreach (var error in errors.SkipLast(1))
            {
                error.Path = context.ResponsePath;
                error.AddLocation(Location.FromLinearPosition(context.Document.Source, context.FieldAst.Location.Start));
                context.Errors.Add(error);
            }

            // The last one is thrown, so GraphQL.NET records it as this field's error and nulls the field (and a
            // non-null field's parent) without reporting the null as a second, confusing error.
            throw errors[^1];
        }
    }
}
