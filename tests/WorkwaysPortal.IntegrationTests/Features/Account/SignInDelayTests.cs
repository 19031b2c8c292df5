using WorkwaysPortal.Web.Features.Account;

namespace WorkwaysPortal.IntegrationTests.Features.Account;

/// <summary>The schedule of waits <see cref="SignInThrottle"/> imposes, from the options.</summary>
public sealed class SignInDelayTests
{
    private static readonly AccountOptions Defaults = new();

    [Theory]
    [InlineData(1, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(7, 4)]
    [InlineData(10, 32)]
    [InlineData(11, 60)]
    [InlineData(500, 60)]
    public void The_wait_starts_at_the_fifth_failure_and_doubles_up_to_an_hour(int failures, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), SignInThrottle.DelayAfter(failures, Defaults));

    [Fact]
    public void The_threshold_and_the_delays_come_from_the_options()
    {
        var options = new AccountOptions { FailedSignInsBeforeDelay = 3, FirstSignInDelay = TimeSpan.FromSeconds(10), LongestSignInDelay = TimeSpan.FromSeconds(30) };

        Assert.Equal(
            [TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)],
            Enumerable.Range(1, 6).Select(n => SignInThrottle.DelayAfter(n, options)));
    }
}
