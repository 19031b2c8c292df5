namespace WorkwaysPortal.Web.Features;

/// <summary>What the pages that add and edit a work item share: the bound form and what its partial shows.</summary>
[Authorize]
public abstract class WorkItemFormModel<TItem, TInput, TView>(IWorkItemForm<TItem, TInput, TView> form) : PageModel
    where TItem : class
    where TInput : class, new()
{
    [BindProperty] public TInput Input { get; set; } = new();
    public TView Form { get; private set; } = default!;

    /// <summary>The kind's form: its choices, checks and texts.</summary>
    protected IWorkItemForm<TItem, TInput, TView> Kind => form;

    protected async Task ShowFormAsync(int? organizationId, CancellationToken ct) => Form = await form.ViewAsync(Input, organizationId, ct);

    /// <summary>Checks what was posted; true when it may be saved.</summary>
    protected async Task<bool> ValidateAsync(int? organizationId, CancellationToken ct)
    {
        await ShowFormAsync(organizationId, ct);
        await form.ValidateAsync(Input, ModelState, organizationId, ct);
        return ModelState.IsValid;
    }
}
