using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.ApiClients;

public sealed record AuthenticatedApiClient(ApiClient Client, Organization Organization);
