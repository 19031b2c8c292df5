using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>What the gap form partial needs.</summary>
public sealed record GapFormView(GapInput Input, TaxonomySnapshot Taxonomy);

/// <summary>What New and Edit share: the choices the form offers and the checks of what was posted.</summary>
public sealed class GapForm(TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t)
{
    public async Task<GapFormView> ViewAsync(GapInput input, CancellationToken ct) => new(input, await catalog.GetAsync(ct));

    public async Task ValidateAsync(GapInput input, ModelStateDictionary modelState, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Validate(modelState, await catalog.GetAsync(ct), t);
    }
}
