namespace WorkwaysPortal.Domain.Initiatives;

public enum InitiativeStatus
{
    Planned = 0,
    Active = 1,
    Completed = 2,
}
