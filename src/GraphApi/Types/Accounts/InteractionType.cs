using GraphQL.Types;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Accounts;

public sealed class InteractionType : ObjectGraphType<InteractionRow>
{
    public InteractionType()
    {
        Name = "Interaction";
        Description = "One contact with the customer about the account.";
        Field(i => i.At, type: typeof(NonNullGraphType<DateTimeScalar>));
        Field(i => i.Channel, type: typeof(NonNullGraphType<InteractionChannelType>));
        Field(i => i.Subject);
        Field(i => i.Note);
        Field(i => i.RecordedBy);
    }

    public static InteractionRow From(Interaction interaction) =>
        new(interaction.At, interaction.Channel, interaction.Subject, interaction.Note, interaction.RecordedBy);
}
