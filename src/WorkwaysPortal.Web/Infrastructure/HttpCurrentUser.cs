using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>The signed-in user of the current request, if any.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    public Guid? Id => http.HttpContext?.User.TryGetId();
}
