namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>One console shared by every resource: whole lines, each prefixed with the resource's name.</summary>
internal sealed class ConsoleLog(TextWriter output)
{
    public const int PrefixWidth = 20;
    private readonly Lock _gate = new();

    public void Write(string source, string line)
    {
        lock (_gate)
        {
            output.WriteLine($"{source.PadRight(PrefixWidth)}| {line}");
        }
    }

    public void WriteBlock(string text)
    {
        lock (_gate)
        {
            output.WriteLine(text);
        }
    }
}
