namespace OutsourcingPortal.Integration.Tests.Events;

/// <summary>Waits for what background work brings about, failing with a message when it does not come in time.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }
}
