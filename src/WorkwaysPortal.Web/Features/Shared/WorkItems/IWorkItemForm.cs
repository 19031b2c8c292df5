using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features;

/// <summary>
/// What the shared pages that add and edit a work item (a gap, an initiative) need to know about one
/// kind: its form's choices and checks, how a record is created from the form and updated by it, and
/// what the pages say. A new kind of work item is a form class that implements this, an input model,
/// a form partial, and two pages of three lines over <see cref="NewWorkItemModel{TItem, TInput, TView}"/>
/// and <see cref="EditWorkItemModel{TItem, TInput, TView}"/>.
/// </summary>
/// <typeparam name="TItem">The entity.</typeparam>
/// <typeparam name="TInput">The bound form (entities are never bound).</typeparam>
/// <typeparam name="TView">What the form partial shows: the input and its choices.</typeparam>
public interface IWorkItemForm<TItem, TInput, TView>
    where TItem : class
    where TInput : class, new()
{
    /// <summary>The empty form for a new item of an organization.</summary>
    TInput NewInput(Organization organization);

    /// <summary>The form filled from an item, for editing.</summary>
    TInput InputFrom(TItem item);

    /// <summary>The id, the title and the organization (none: a session's) of an item.</summary>
    (int Id, string Title, int? OrganizationId) Describe(TItem item);

    Task<TView> ViewAsync(TInput input, int? organizationId, CancellationToken ct);

    /// <summary>Adds the broken rules to the model state, next to their fields.</summary>
    Task ValidateAsync(TInput input, ModelStateDictionary modelState, int? organizationId, CancellationToken ct);

    /// <summary>
    /// Makes a new item of an organization from the form and adds it to the unit of work with whatever
    /// goes with it (an initiative's invitations: their audit events and notifications); nothing is saved.
    /// </summary>
    Task<TItem> AddAsync(int organizationId, TInput input, ClaimsPrincipal user, DateTimeOffset now, CancellationToken ct);

    /// <summary>Changes an item from the form, adding what goes with the change to the unit of work; nothing is saved.</summary>
    Task UpdateAsync(TItem item, TInput input, ClaimsPrincipal user, DateTimeOffset now, CancellationToken ct);

    /// <summary>The item with this id if the viewer may see it (<see cref="Visibility"/>), to load it.</summary>
    IQueryable<TItem> WithId(int id, Viewer viewer);

    /// <summary>"The gap was saved."</summary>
    string Saved { get; }

    /// <summary>What an editor is told when someone else saved the item meanwhile.</summary>
    string ChangedMeanwhile { get; }
}
