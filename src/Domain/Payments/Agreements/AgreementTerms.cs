using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>
/// What staff propose: covered amount, down payment, number of monthly installments from a first due date, and the terms
/// text. <see cref="Create"/> checks every rule at once, so a form shows all its problems together; the preview and the
/// draft both go through it.
/// </summary>
public sealed record AgreementTerms(Money Covered, Money DownPayment, int Installments, DateOnly FirstDueOn, string Text)
{
    public static AgreementTerms Create(decimal covered, decimal downPayment, int installments, DateOnly firstDueOn, string? text,
        Money owed, int maxInstallments, DateOnly today)
    {
        var errors = new List<DomainError>();
        if (decimal.Round(covered, 2) != covered)
        {
            errors.Add(new(ErrorCodes.Invalid, "The amount covered cannot have more than two decimal places.", "covered"));
        }
        else if (covered <= 0)
        {
            errors.Add(new(ErrorCodes.Invalid, "The amount covered must be more than zero.", "covered"));
        }
        else if (covered > owed.Amount)
        {
            errors.Add(new(ErrorCodes.Invalid, $"The amount covered cannot be more than the account owes ({owed}).", "covered"));
        }

        if (decimal.Round(downPayment, 2) != downPayment)
        {
            errors.Add(new(ErrorCodes.Invalid, "The down payment cannot have more than two decimal places.", "downPayment"));
        }
        else if (downPayment < 0)
        {
            errors.Add(new(ErrorCodes.Invalid, "The down payment cannot be negative.", "downPayment"));
        }
        else if (downPayment >= covered && covered > 0)
        {
            errors.Add(new(ErrorCodes.Invalid, "The down payment must be less than the amount covered.", "downPayment"));
        }

        if (installments < 1 || installments > maxInstallments)
        {
            errors.Add(new(ErrorCodes.Invalid, $"The number of installments must be from 1 to {maxInstallments}.", "installments"));
        }

        if (firstDueOn <= today)
        {
            errors.Add(new(ErrorCodes.Invalid, "The first installment must be due after today.", "firstDueOn"));
        }

        var terms = text?.Trim() ?? string.Empty;
        if (terms.Length == 0)
        {
            errors.Add(new(ErrorCodes.Invalid, "Write the terms of the agreement.", "terms"));
        }
        else if (terms.Length > PaymentAgreement.TermsMaxLength)
        {
            errors.Add(new(ErrorCodes.Invalid, $"The terms are at most {PaymentAgreement.TermsMaxLength} characters.", "terms"));
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        return new AgreementTerms(Money.Of(covered), Money.Of(downPayment), installments, firstDueOn, terms);
    }

    /// <summary>
    /// Equal monthly installments of what is left after the down payment, in whole cents; the rounding remainder goes on
    /// the last one, so the installments add up exactly. Each due date counts months from the first, so a first due date
    /// on the 31st falls on the last day of shorter months and comes back to the 31st after them.
    /// </summary>
    public IReadOnlyList<ScheduledInstallment> Schedule()
    {
        var financed = Covered.Amount - DownPayment.Amount;
        var each = decimal.Floor(financed * 100m / Installments) / 100m;
        var lines = new List<ScheduledInstallment>(Installments);
        for (var n = 1; n <= Installments; n++)
        {
            var amount = n < Installments ? each : financed - (each * (Installments - 1));
            lines.Add(new ScheduledInstallment(n, FirstDueOn.AddMonths(n - 1), new Money(amount)));
        }

        return lines;
    }
}
