using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Data.Search;

namespace WorkwaysPortal.TestHost;

/// <summary>
/// The practical speed limit of the directory page, in the shape of the TechEmpower "Fortunes" test:
/// the query of <see cref="DirectoryQuery"/> (verified organizations; the same search text, cleaned by
/// <see cref="SearchText.Clean"/>; the same filters; the count and one page of 20 in the same order:
/// rank when searching, then name, then id) over raw Npgsql in one batch, written out as a minimal
/// table of HTML-encoded rows. Supports q, sector, country, capability and page (no sub-region, which
/// needs the taxonomy). Used by scripts/load-test.sh; see <see cref="TestEndpoints"/>.
/// </summary>
public static class DirectoryBaseline
{
    public const string Path = "/benchmarks/directory";

    public static async Task WriteAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var ct = http.RequestAborted;
        var query = http.Request.Query;
        var text = SearchText.Clean(Parameter(query["q"], ListLimits.MaxTextLength));
        var page = int.TryParse(query["page"], out var p) ? Math.Clamp(p, 1, ListLimits.MaxPage) : 1;
        const int pageSize = ListLimits.DefaultPageSize;

        await using var batch = http.RequestServices.GetRequiredService<NpgsqlDataSource>().CreateBatch();
        var where = new StringBuilder("o.status = 'Verified'");
        var parameters = new List<NpgsqlParameter>();
        void Filter(string? value, string sql, NpgsqlDbType type, object boxed)
        {
            if (value is null)
            {
                return;
            }

            parameters.Add(new NpgsqlParameter { NpgsqlDbType = type, Value = boxed });
            where.Append(" AND ").Append(sql.Replace("{p}", "$" + parameters.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        Filter(text, "o.search_vector @@ portal_search_query({p})", NpgsqlDbType.Text, text!);
        var sector = Parameter(query["sector"], 60);
        Filter(sector, "o.sector = {p}", NpgsqlDbType.Varchar, sector!);
        var country = Parameter(query["country"], 2)?.ToUpperInvariant();
        Filter(country, "o.countries && {p}", NpgsqlDbType.Array | NpgsqlDbType.Text, new[] { country! });
        var capability = Parameter(query["capability"], 60)?.ToLowerInvariant();
        Filter(capability, "o.offers && {p}", NpgsqlDbType.Array | NpgsqlDbType.Text, new[] { capability! });

        var count = new NpgsqlBatchCommand($"SELECT count(*)::int FROM organizations AS o WHERE {where}");
        count.Parameters.AddRange(Clone(parameters));
        batch.BatchCommands.Add(count);

        var order = text is null ? "o.name, o.id" : "ts_rank(o.search_vector, portal_search_query($1)) DESC, o.name, o.id";
        var rows = new NpgsqlBatchCommand(
            $"SELECT o.id, o.name, o.acronym, o.sector, o.countries, o.offers, o.seeks, o.description FROM organizations AS o WHERE {where} ORDER BY {order} LIMIT {pageSize} OFFSET {(page - 1) * pageSize}");
        rows.Parameters.AddRange(Clone(parameters));
        batch.BatchCommands.Add(rows);

        var html = new StringBuilder(16 * 1024);
        var encoder = HtmlEncoder.Default;
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            var total = reader.GetInt32(0);
            await reader.NextResultAsync(ct);
            html.Append("<!DOCTYPE html><html><head><title>Directory</title></head><body><p>")
                .Append(total.ToString(CultureInfo.InvariantCulture))
                .Append(" organizations</p><table><tr><th>id</th><th>name</th><th>sector</th><th>countries</th><th>offers</th><th>seeks</th><th>description</th></tr>");
            while (await reader.ReadAsync(ct))
            {
                var description = reader.GetString(7);
                html.Append("<tr><td>").Append(reader.GetInt32(0).ToString(CultureInfo.InvariantCulture))
                    .Append("</td><td>").Append(encoder.Encode(reader.GetString(1)))
                    .Append(reader.IsDBNull(2) ? "" : " (" + encoder.Encode(reader.GetString(2)) + ")")
                    .Append("</td><td>").Append(encoder.Encode(reader.GetString(3)))
                    .Append("</td><td>").Append(encoder.Encode(string.Join(", ", reader.GetFieldValue<string[]>(4))))
                    .Append("</td><td>").Append(encoder.Encode(string.Join(", ", reader.GetFieldValue<string[]>(5))))
                    .Append("</td><td>").Append(encoder.Encode(string.Join(", ", reader.GetFieldValue<string[]>(6))))
                    .Append("</td><td>").Append(encoder.Encode(description.Length > 260 ? description[..260] + "…" : description))
                    .Append("</td></tr>");
            }
        }

        html.Append("</table></body></html>");
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html.ToString(), ct);
    }

    private static string? Parameter(string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > maxLength ? trimmed[..maxLength] : trimmed;
    }

    private static NpgsqlParameter[] Clone(List<NpgsqlParameter> parameters) =>
        [.. parameters.Select(p => new NpgsqlParameter { NpgsqlDbType = p.NpgsqlDbType, Value = p.Value })];
}
