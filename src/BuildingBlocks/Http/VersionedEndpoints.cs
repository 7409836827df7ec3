using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Tenancy;

namespace OutsourcingPortal.BuildingBlocks.Http;

/// <summary>
/// Reading and replacing an editable object with its ETag, written once for every service: 404 for an object the actor
/// cannot see (checked before anything else), 428 without If-Match, 412 when stale, else the change audited with its
/// before and after in the same transaction and the new ETag.
/// </summary>
public static class VersionedEndpoints
{
    public static async Task<Results<Ok<T>, NotFound>> GetAsync<T>(
        TenantDatabase database, HttpResponse response, Func<UnitOfWork, Task<Versioned<T>?>> find, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var found = await find(work);
        await work.CommitAsync(cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }
        response.SetETag(found.Version);
        return TypedResults.Ok(found.Value);
    }

    /// <param name="find">Reads the object for the update (auditing a denied attempt when it is not found).</param>
    /// <param name="apply">The object as the request changes it, at the unit of work's time.</param>
    /// <param name="update">Writes it if still at the version given; its new version, or null when stale.</param>
    public static async Task<Results<Ok<T>, NotFound, ProblemHttpResult>> UpdateAsync<T>(
        TenantDatabase database, HttpContext context, string objectType, Guid id,
        Func<UnitOfWork, Task<Versioned<T>?>> find, Func<T, DateTimeOffset, T> apply, Func<UnitOfWork, T, uint, Task<long?>> update,
        CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var current = await find(work);
        if (current is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (context.Request.IfMatchVersion() is not { } version)
        {
            return PreconditionProblems.IfMatchRequired();
        }
        var updated = apply(current.Value, work.Now);
        if (await update(work, updated, version) is not { } newVersion)
        {
            return PreconditionProblems.Stale();
        }
        await work.AuditAsync("update", objectType, id, before: current.Value, after: updated, cancellationToken);
        await work.CommitAsync(cancellationToken);
        context.Response.SetETag((uint)newVersion);
        return TypedResults.Ok(updated);
    }
}
