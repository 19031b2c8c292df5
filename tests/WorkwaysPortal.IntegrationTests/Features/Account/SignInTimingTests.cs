using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Testing;
using Xunit.Abstractions;

namespace WorkwaysPortal.IntegrationTests.Features.Account;

/// <summary>
/// Signing in takes the same time for an unknown account, a known one with a wrong password and a
/// locked one (ASVS 6.3.x: no enumeration by timing): the medians of 50 tries of each are within 20 %
/// of each other. The tries are interleaved in a shuffled order, round by round, so that whatever
/// else the machine does slows the three kinds alike; the first rounds warm up and are not counted.
/// </summary>
public sealed class SignInTimingTests(PortalDatabaseFixture database, ITestOutputHelper output) : PortalTest(database)
{
    private const int Tries = 50;
    private const int WarmUp = 5;
    private const double Tolerance = 0.20;

    [Fact]
    public async Task Signing_in_takes_the_same_time_for_an_unknown_account_a_wrong_password_and_a_locked_account()
    {
        // One known account per try (each gets one wrong password, so the measurement locks none), and one locked account.
        var known = await AccountsAsync("known", WarmUp + Tries);
        var locked = (await AccountsAsync("locked", 1))[0];
        await Data.QueryAsync(db => db.Users.Where(u => u.Email == locked).ExecuteUpdateAsync(set => set.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddHours(1))));
        var client = NewClient();
        var token = PortalClient.AntiforgeryToken(await client.GetPageAsync("/Account/Login"));
        var times = new Dictionary<string, List<double>> { ["unknown"] = [], ["wrong password"] = [], ["locked"] = [] };
        var random = new Random(12);

        for (var round = 0; round < WarmUp + Tries; round++)
        {
            var attempts = new (string Kind, string Email)[]
            {
                ("unknown", $"nobody{round}@example.org"), ("wrong password", known[round]), ("locked", locked),
            };
            random.Shuffle(attempts);
            foreach (var (kind, email) in attempts)
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.PostAsync("/Account/Login", [new("Input.Email", email), new("Input.Password", "not the password"), new("__RequestVerificationToken", token)]);
                var elapsed = clock.Elapsed.TotalMilliseconds;
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                if (round >= WarmUp)
                {
                    times[kind].Add(elapsed);
                }
            }
        }

        var medians = times.ToDictionary(t => t.Key, t => Median(t.Value));
        output.WriteLine(string.Join(", ", medians.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key}: median {m.Value:F1} ms"))));
        var slowest = medians.Values.Max();
        var fastest = medians.Values.Min();
        Assert.True(
            (slowest - fastest) / slowest <= Tolerance,
            $"Sign-in times differ by more than {Tolerance:P0}: " + string.Join(", ", medians.Select(m => $"{m.Key} {m.Value:F1} ms")));
        Assert.Equal(0, await Data.QueryAsync(db => db.Users.CountAsync(u => u.Email!.StartsWith("known") && u.LockoutEnd != null)));
    }

    /// <summary>Accounts with the test password, copied from one (hashing it once, not once per account).</summary>
    private async Task<List<string>> AccountsAsync(string prefix, int count)
    {
        var template = await Data.UserAsync($"{prefix}0@example.org");
        return await Data.QueryAsync(async db =>
        {
            var emails = Enumerable.Range(1, count - 1).Select(i => $"{prefix}{i}@example.org").ToList();
            db.Users.AddRange(emails.Select(email => new ApplicationUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                PasswordHash = template.PasswordHash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
                DisplayName = prefix,
                CreatedAt = DateTimeOffset.UtcNow,
            }));
            await db.SaveChangesAsync();
            return (List<string>)[template.Email!, .. emails];
        });
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
