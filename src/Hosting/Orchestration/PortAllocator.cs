using System.Net;
using System.Net.Sockets;

namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>Finds free loopback ports; the operating system picks them, so two AppHosts do not collide.</summary>
internal static class PortAllocator
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
