using Microsoft.Playwright;

namespace WorkwaysPortal.BrowserTests.Infrastructure;

/// <summary>Screenshots for the documentation, written to docs/screenshots in the repository.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "docs", "screenshots");

    /// <summary>Saves the whole page (not just the window) as <paramref name="fileName"/>, replacing an older one.</summary>
    public static async Task<string> SaveFullPageAsync(IPage page, string fileName)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, fileName);
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Type = ScreenshotType.Png });
        Assert.True(png.Length > 0, $"The screenshot {fileName} is empty.");
        return path;
    }

    /// <summary>The folder holding WorkwaysPortal.sln, found by walking up from the test binaries.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WorkwaysPortal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains WorkwaysPortal.sln.");
    }
}
