namespace WorkwaysPortal.Domain.Organizations;

public enum VerificationStatus
{
    Pending = 0,
    Verified = 1,
    Rejected = 2,
}
