namespace WorkwaysPortal.Data.Import;

/// <summary>Who an audit event names: a signed-in user, or a tool with no account (<see cref="Id"/> null).</summary>
public sealed record AuditActor(Guid? Id, string Name);
