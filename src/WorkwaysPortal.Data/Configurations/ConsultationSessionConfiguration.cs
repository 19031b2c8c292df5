using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using WorkwaysPortal.Domain.Sessions;

namespace WorkwaysPortal.Data.Configurations;

/// <summary>
/// A session is one row: its agenda, participants (with their points) and themes are jsonb documents
/// that belong to it alone; the gaps, initiatives and organizations it mentions are GIN-indexed arrays,
/// so their pages find "the sessions that mention me" (docs/decisions/008-session-storage.md).
/// </summary>
internal sealed class ConsultationSessionConfiguration : IEntityTypeConfiguration<ConsultationSession>
{
    public void Configure(EntityTypeBuilder<ConsultationSession> builder)
    {
        builder.ToTable("consultation_sessions");
        builder.Property(s => s.Title).HasMaxLength(ConsultationSession.TitleMaxLength);
        builder.Property(s => s.Consultation).HasMaxLength(ConsultationSession.ConsultationMaxLength);
        builder.Property(s => s.Introduction).HasMaxLength(ConsultationSession.IntroductionMaxLength);
        builder.Property(s => s.ProblemStatement).HasMaxLength(ConsultationSession.ShortTextMaxLength);
        builder.Property(s => s.Version).IsRowVersion();
        Document(builder.Property(s => s.Agenda));
        Document(builder.Property(s => s.Participants));
        Document(builder.Property(s => s.Themes));
        builder.HasIndex(s => s.HeldOn);
        builder.HasIndex(s => s.GapIds).HasMethod("gin");
        builder.HasIndex(s => s.InitiativeIds).HasMethod("gin");
        builder.HasIndex(s => s.OrganizationIds).HasMethod("gin");
    }

    private static void Document<T>(PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasColumnType("jsonb").HasConversion(SessionJson.Converter<T>(), SessionJson.Comparer<T>());
}

/// <summary>How the parts of a session are written as JSON: camelCase names, enums as their names.</summary>
internal static class SessionJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ValueConverter<IReadOnlyList<T>, string> Converter<T>() =>
        new(v => Write(v), v => Read<T>(v));

    public static ValueComparer<IReadOnlyList<T>> Comparer<T>() =>
        new((a, b) => Write(a) == Write(b), v => Write(v).GetHashCode(StringComparison.Ordinal), v => Read<T>(Write(v)));

    private static string Write<T>(IReadOnlyList<T>? value) => JsonSerializer.Serialize(value ?? [], Options);

    private static List<T> Read<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];
}
