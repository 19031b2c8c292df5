using System.Globalization;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// The input rules of a session, wherever it comes from (the form, a reviewed draft, the demo data).
/// Field names are camelCase paths with list positions: <c>participants[2].country</c>.
/// </summary>
public static class SessionRules
{
    public static IReadOnlyList<FieldError> Check(SessionDetails details, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new List<FieldError>();
        Required(errors, "title", details.Title, ConsultationSession.TitleMaxLength, UserMessages.TitleRequired);
        Required(errors, "consultation", details.Consultation, ConsultationSession.ConsultationMaxLength, UserMessages.ConsultationRequired);
        if (details.HeldOn == default)
        {
            errors.Add(new("heldOn", UserMessages.DateRequired));
        }

        foreach (var code in details.Languages.Where(c => !string.IsNullOrWhiteSpace(c) && !taxonomy.IsLanguage(c.Trim().ToLowerInvariant())))
        {
            errors.Add(new("languages", UserMessages.UnknownLanguage, code));
        }

        Optional(errors, "introduction", details.Introduction, ConsultationSession.IntroductionMaxLength);
        Optional(errors, "problemStatement", details.ProblemStatement, ConsultationSession.ShortTextMaxLength);
        Optional(errors, "notes", details.Notes, ConsultationSession.NotesMaxLength);

        Count(errors, "agenda", details.Agenda.Count);
        for (var i = 0; i < details.Agenda.Count; i++)
        {
            var item = details.Agenda[i];
            var at = Path("agenda", i);
            Required(errors, at + ".title", item.Title, ConsultationSession.ShortTextMaxLength, UserMessages.AgendaItemTitleRequired);
            Count(errors, at + ".responsible", item.Responsible.Count);
            for (var j = 0; j < item.Responsible.Count; j++)
            {
                var person = item.Responsible[j];
                var personAt = Path(at + ".responsible", j);
                Required(errors, personAt + ".person", person.Person, ConsultationSession.NameMaxLength, UserMessages.PersonRequired);
                if (!Enum.IsDefined(person.Role))
                {
                    errors.Add(new(personAt + ".role", UserMessages.UnknownRole, person.Role));
                }

                Optional(errors, personAt + ".note", person.Note, ConsultationSession.NoteMaxLength);
            }
        }

        Count(errors, "participants", details.Participants.Count);
        for (var i = 0; i < details.Participants.Count; i++)
        {
            var participant = details.Participants[i];
            var at = Path("participants", i);
            Required(errors, at + ".name", participant.Name, ConsultationSession.NameMaxLength, UserMessages.PersonRequired);
            Optional(errors, at + ".organization", participant.OrganizationName, Organization.NameMaxLength);
            Optional(errors, at + ".role", participant.Role, ConsultationSession.ShortTextMaxLength);
            if (!string.IsNullOrWhiteSpace(participant.Country) && !taxonomy.IsCountry(participant.Country.Trim().ToUpperInvariant()))
            {
                errors.Add(new(at + ".country", UserMessages.UnknownCountry, participant.Country));
            }

            Count(errors, at + ".points", participant.Points.Count);
            if (participant.Points.Any(p => p.Trim().Length > ConsultationSession.PointMaxLength))
            {
                errors.Add(new(at + ".points", UserMessages.TextTooLong, ConsultationSession.PointMaxLength));
            }
        }

        Count(errors, "themes", details.Themes.Count);
        for (var i = 0; i < details.Themes.Count; i++)
        {
            var theme = details.Themes[i];
            var at = Path("themes", i);
            Required(errors, at + ".heading", theme.Heading, ConsultationSession.ShortTextMaxLength, UserMessages.HeadingRequired);
            Optional(errors, at + ".text", theme.Text, ConsultationSession.ThemeTextMaxLength);
        }

        Count(errors, "agreements", details.Agreements.Count);
        if (details.Agreements.Any(a => a.Trim().Length > ConsultationSession.AgreementMaxLength))
        {
            errors.Add(new("agreements", UserMessages.TextTooLong, ConsultationSession.AgreementMaxLength));
        }

        return errors;
    }

    private static string Path(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");

    private static void Required(List<FieldError> errors, string field, string? value, int maxLength, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, message));
        }
        else
        {
            Optional(errors, field, value, maxLength);
        }
    }

    private static void Optional(List<FieldError> errors, string field, string? value, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            errors.Add(new(field, UserMessages.TextTooLong, maxLength));
        }
    }

    private static void Count(List<FieldError> errors, string field, int count)
    {
        if (count > ConsultationSession.MaxItems)
        {
            errors.Add(new(field, UserMessages.TooManyItems, ConsultationSession.MaxItems));
        }
    }
}
