using System.Runtime.InteropServices;

namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>The two POSIX calls .NET does not expose: sending a chosen signal and asking who we run as.</summary>
internal static partial class Posix
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    public static bool IsRoot => OperatingSystem.IsLinux() && GetEffectiveUserId() == 0;

    /// <summary>Sends the signal; false when the process is already gone.</summary>
    public static bool Signal(int processId, int signal) => Kill(processId, signal) == 0;

    public static bool IsAlive(int processId) => processId > 0 && Kill(processId, 0) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int sig);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();
}
