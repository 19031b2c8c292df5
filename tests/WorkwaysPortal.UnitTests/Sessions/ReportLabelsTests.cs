using System.Collections;
using System.Globalization;
using System.Resources;
using WorkwaysPortal.Domain.Sessions;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.UnitTests.Sessions;

/// <summary>
/// The words of a report live in Sessions/Reports/ReportLabels*.resx of the Domain, one file per culture
/// of <see cref="ReportParser.Cultures"/>; the parser reads a report in any of them.
/// </summary>
public sealed class ReportLabelsTests
{
    private const string SpanishReport = """
        INFORME DE LA CONSULTA REGIONAL
        Informe - Sesión 2

        Como parte de la consulta regional del FMMD en Centroamérica, se organizaron grupos de discusión
        con delegados de la sociedad civil, en español e inglés.

        Orden del día:
        1. Bienvenida: Ana Pérez/ Español — John Smith/ Inglés
        2. Moderación de la sesión: Luis Gómez
        -Traducción inglés-español: Grazia Silva
        -Relatoría: Pedro Ruiz
        3. Cierre y conclusiones preliminares: Ana Pérez

        Resumen de intervenciones:
        María López — Fundación Esperanza, México:

        - Presenta la experiencia de su organización.

        DISCUSIÓN

        Datos sobre migración:

        Hace falta mejorar la recolección de datos.

        Acuerdos:

        - El problema se identificó como "Migración irregular"
        - Seguir trabajando juntos.
        """;

    private static readonly ResourceManager Labels = new("WorkwaysPortal.Domain.Sessions.ReportLabels", typeof(ReportParser).Assembly);

    [Fact]
    public void Every_culture_with_a_label_file_is_a_culture_of_the_parser_and_the_other_way_round()
    {
        var satellites = Directory.EnumerateDirectories(AppContext.BaseDirectory)
            .Where(d => File.Exists(Path.Combine(d, "WorkwaysPortal.Domain.resources.dll")))
            .Select(Path.GetFileName);

        Assert.Equal("en", ReportParser.Cultures[0].Name);
        Assert.Equal(ReportParser.Cultures.Skip(1).Select(c => c.Name).Order(StringComparer.Ordinal), satellites.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_culture_has_every_entry_of_the_English_file()
    {
        var english = Keys(Labels.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!);

        Assert.Contains("SectionAgenda", english);
        Assert.All(ReportParser.Cultures, culture =>
            Assert.Equal(english, Keys(Labels.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!)));
    }

    [Fact]
    public void A_Spanish_report_is_read_like_an_English_one()
    {
        var draft = ReportParser.Parse(SpanishReport, TaxonomySnapshot.Seed).Draft!;

        Assert.Equal("Informe de la Consulta Regional — Sesión 2", draft.Title);
        Assert.Equal("Consulta regional del FMMD — Centroamérica", draft.Consultation);
        Assert.Equal(["en", "es"], draft.Languages);
        Assert.Equal(["Bienvenida", "Moderación de la sesión", "Cierre y conclusiones preliminares"], draft.Agenda.Select(a => a.Title));
        Assert.Equal(
            [new AgendaResponsible("Ana Pérez", AgendaRole.Introduction, "Español"), new AgendaResponsible("John Smith", AgendaRole.Introduction, "Inglés")],
            draft.Agenda[0].Responsible);
        Assert.Equal(
            [
                new AgendaResponsible("Luis Gómez", AgendaRole.Moderation),
                new AgendaResponsible("Grazia Silva", AgendaRole.Interpretation, "English ↔ Spanish"),
                new AgendaResponsible("Pedro Ruiz", AgendaRole.NoteTaking),
            ],
            draft.Agenda[1].Responsible);
        Assert.Equal(AgendaRole.PreliminaryConclusions, Assert.Single(draft.Agenda[2].Responsible).Role);
        var participant = Assert.Single(draft.Participants);
        Assert.Equal(("María López", "Fundación Esperanza", "MX"), (participant.Name, participant.OrganizationName, participant.Country));
        Assert.Equal(["Presenta la experiencia de su organización."], participant.Points);
        Assert.Equal("Datos sobre migración", Assert.Single(draft.Themes).Heading);
        Assert.Equal(2, draft.Agreements.Count);
        Assert.Equal("Migración irregular", draft.ProblemStatement);
        Assert.Equal("", draft.Notes);
    }

    [Fact]
    public void A_French_report_is_read_like_an_English_one()
    {
        const string report = """
            Rapport - Séance 3

            Dans le cadre de la consultation régionale du FMMD en Haïti, qui a réuni des délégués de la société
            civile, la séance s'est tenue en français et en anglais.

            Ordre du jour :
            1. Accueil : Marie Joseph
            2. Modération : Paul Martin
            -Interprétation anglais-français : Anne Roy
            -Prise de notes : Luc Pierre

            Résumé des interventions :
            Marie Joseph — Fondation Espoir, Haïti :

            - Présente le travail de son organisation.

            Discussion

            Données sur la migration :

            Il faut mieux collecter les données.

            Accords :

            - Le problème a été identifié comme « Migration irrégulière »
            """;

        var draft = ReportParser.Parse(report, TaxonomySnapshot.Seed).Draft!;

        Assert.Equal("Séance 3", draft.Title);
        Assert.Equal("Consultation régionale du FMMD — Haïti", draft.Consultation);
        Assert.Equal(["en", "fr"], draft.Languages);
        Assert.Equal(
            [AgendaRole.Introduction, AgendaRole.Moderation, AgendaRole.Interpretation, AgendaRole.NoteTaking],
            draft.Agenda.SelectMany(a => a.Responsible).Select(r => r.Role));
        Assert.Equal("English ↔ French", draft.Agenda[1].Responsible[1].Note);
        Assert.Equal("Marie Joseph", Assert.Single(draft.Participants).Name);
        Assert.Equal("Données sur la migration", Assert.Single(draft.Themes).Heading);
        Assert.Equal("Migration irrégulière", draft.ProblemStatement);
    }

    [Fact]
    public void A_Portuguese_report_is_read_like_an_English_one()
    {
        const string report = """
            Relatório - Sessão 4

            Como parte da consulta regional do FGMD no Brasil, que reuniu delegados da sociedade civil, a sessão
            foi realizada em português e espanhol.

            Pauta:
            1. Abertura: Ana Souza
            2. Moderação: João Lima
            -Tradução português-espanhol: Carla Dias
            -Relatoria: Pedro Alves

            Resumo das intervenções:
            Ana Souza — Instituto Esperança, Brasil:

            - Apresenta o trabalho da sua organização.

            Discussão

            Dados sobre migração:

            É preciso melhorar a coleta de dados.

            Acordos:

            - O problema foi identificado como "Migração irregular"
            """;

        var draft = ReportParser.Parse(report, TaxonomySnapshot.Seed).Draft!;

        Assert.Equal("Sessão 4", draft.Title);
        Assert.Equal("Consulta regional do FGMD — Brasil", draft.Consultation);
        Assert.Equal(["es", "pt"], draft.Languages);
        Assert.Equal(
            [AgendaRole.Introduction, AgendaRole.Moderation, AgendaRole.Interpretation, AgendaRole.NoteTaking],
            draft.Agenda.SelectMany(a => a.Responsible).Select(r => r.Role));
        Assert.Equal("Spanish ↔ Portuguese", draft.Agenda[1].Responsible[1].Note);
        Assert.Equal("Ana Souza", Assert.Single(draft.Participants).Name);
        Assert.Equal("Dados sobre migração", Assert.Single(draft.Themes).Heading);
        Assert.Equal("Migração irregular", draft.ProblemStatement);
    }

    private static string[] Keys(ResourceSet labels) =>
        [.. labels.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal)];
}
