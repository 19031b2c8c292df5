using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using WorkwaysPortal.Localization;

namespace WorkwaysPortal.Web.Features;

/// <summary>
/// A <c>&lt;select multiple data-picker&gt;</c> becomes a picker with type-ahead (Tom Select, through
/// <c>wwwroot/js/pickers.js</c>) when script runs, and stays the plain select when it does not. This writes the
/// picker's texts in the reader's language and tells the layout that the page needs the picker's files, which
/// only such pages load.
/// </summary>
[HtmlTargetElement("select", Attributes = "data-picker")]
public sealed class PickerTagHelper(IStringLocalizer<SharedResource> t) : TagHelper
{
    private const string ItemKey = "WorkwaysPortal.Pickers";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>Whether a view of this request wrote a picker (views run before their layout).</summary>
    public static bool IsUsedBy(HttpContext context) => context?.Items.ContainsKey(ItemKey) == true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ViewContext.HttpContext.Items[ItemKey] = true;
        output.Attributes.SetAttribute("data-picker-placeholder", t["Type to search"].Value);
        output.Attributes.SetAttribute("data-picker-remove", t["Remove"].Value);
        output.Attributes.SetAttribute("data-picker-no-results", t["Nothing matches"].Value);
    }
}
