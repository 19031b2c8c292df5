using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkwaysPortal.Documents.Tables;

namespace WorkwaysPortal.Documents.Sessions;

/// <summary>
/// A session summary as a Word document (Open XML SDK): real Title and Heading styles (so the
/// navigation pane and a table of contents work), bulleted and numbered lists, a bordered table.
/// </summary>
public static class SessionDocxWriter
{
    private const int BulletList = 1;
    private const int NumberedList = 2;

    public static void Write(Stream output, IReadOnlyList<SummaryBlock> blocks, string language)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(blocks);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(language);
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering(blocks.OfType<SummaryList>().Count(l => l.Numbered));
        document.PackageProperties.Title = blocks.OfType<SummaryTitle>().FirstOrDefault()?.Text;
        document.PackageProperties.Language = language;

        var body = new Body();
        var numbered = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case SummaryTitle title:
                    body.Append(Paragraph(title.Text, "Title"));
                    break;
                case SummaryHeading heading:
                    body.Append(Paragraph(heading.Text, heading.Level == 1 ? "Heading1" : "Heading2"));
                    break;
                case SummaryParagraph paragraph:
                    body.Append(Paragraph(paragraph.Text, paragraph.Quiet ? "Quiet" : null));
                    break;
                case SummaryFacts facts:
                    foreach (var (label, value) in facts.Facts)
                    {
                        body.Append(new Paragraph(
                            new Run(new RunProperties(new Bold()), Text(label + ": ")),
                            new Run(Text(value))));
                    }

                    break;
                case SummaryList list:
                    // Each numbered list restarts at 1: it has its own numbering instance.
                    var numberingId = list.Numbered ? NumberedList + ++numbered : BulletList;
                    foreach (var item in list.Items)
                    {
                        var paragraph = Paragraph(item, "ListParagraph");
                        paragraph.ParagraphProperties!.Append(new NumberingProperties(
                            new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberingId }));
                        body.Append(paragraph);
                    }

                    break;
                case SummaryTable table:
                    body.Append(Table(table));
                    break;
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 708, Footer = 708, Gutter = 0 }));
        main.Document = new Document(body);
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph(new ParagraphProperties());
        if (style is not null)
        {
            paragraph.ParagraphProperties!.Append(new ParagraphStyleId { Val = style });
        }

        paragraph.Append(new Run(Text(text)));
        return paragraph;
    }

    private static Text Text(string text) => new(OfficeText.Keep(text)) { Space = SpaceProcessingModeValues.Preserve };

    private static Table Table(SummaryTable table)
    {
        var border = new Func<OpenXmlElement>[]
        {
            () => new TopBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
            () => new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
            () => new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
            () => new RightBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
            () => new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
            () => new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
        };
        var result = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(border.Select(b => b()))));
        result.Append(Row(table.Headers, header: true));
        foreach (var row in table.Rows)
        {
            result.Append(Row(row, header: false));
        }

        return result;
    }

    private static TableRow Row(IEnumerable<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            var run = header ? new Run(new RunProperties(new Bold()), Text(cell)) : new Run(Text(cell));
            row.Append(new TableCell(new Paragraph(run)));
        }

        return row;
    }

    private static Styles Styles(string language)
    {
        static Style Paragraph(string id, string name, int size, bool bold = false, string? color = null, int before = 0, int after = 120, bool italic = false)
        {
            var run = new StyleRunProperties(new FontSize { Val = (size * 2).ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (bold)
            {
                run.Append(new Bold());
            }

            if (italic)
            {
                run.Append(new Italic());
            }

            if (color is not null)
            {
                run.Append(new Color { Val = color });
            }

            return new Style(
                new StyleName { Val = name },
                new BasedOn { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(
                    new KeepNext(),
                    new SpacingBetweenLines
                    {
                        Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    }),
                run)
            { Type = StyleValues.Paragraph, StyleId = id };
        }

        var normal = new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                new FontSize { Val = "22" },
                new Languages { Val = language }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };

        var title = Paragraph("Title", "Title", 22, bold: true, color: "1F3864", after: 240);
        var heading1 = Paragraph("Heading1", "heading 1", 16, bold: true, color: "1F3864", before: 360);
        heading1.StyleParagraphProperties!.Append(new OutlineLevel { Val = 0 });
        var heading2 = Paragraph("Heading2", "heading 2", 13, bold: true, color: "2E5395", before: 240);
        heading2.StyleParagraphProperties!.Append(new OutlineLevel { Val = 1 });
        var list = Paragraph("ListParagraph", "List Paragraph", 11, after: 60);
        list.StyleParagraphProperties!.RemoveAllChildren<KeepNext>();
        var quiet = Paragraph("Quiet", "Quiet", 10, color: "595959", italic: true);
        quiet.StyleParagraphProperties!.RemoveAllChildren<KeepNext>();
        return new Styles(normal, title, heading1, heading2, list, quiet);
    }

    /// <summary>Abstract 1 is the bullet, abstract 2 the decimal list; instance 1 bullets, 2 + n the n-th numbered list.</summary>
    private static Numbering Numbering(int numberedLists)
    {
        static AbstractNum Abstract(int id, NumberFormatValues format, string text) =>
            new(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
            { LevelIndex = 0 })
            { AbstractNumberId = id };

        var numbering = new Numbering(Abstract(BulletList, NumberFormatValues.Bullet, "•"), Abstract(NumberedList, NumberFormatValues.Decimal, "%1."));
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = BulletList }) { NumberID = BulletList });
        for (var i = 1; i <= numberedLists; i++)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = NumberedList },
                new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
            { NumberID = NumberedList + i });
        }

        return numbering;
    }
}
