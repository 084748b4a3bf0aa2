using System.Net;
using System.Net.Sockets;

namespace FactCheck.Web.Features.Import;

/// Keeps URL imports on the public internet: the address a host resolves to is checked when the connection is made,
/// so neither a redirect nor a DNS answer that changes between checks (DNS rebinding) can reach a private network.
public static class AddressGuard
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectCallback(bool allowPrivateAddresses) =>
        async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(host, cancellationToken);
            if (!allowPrivateAddresses && addresses.FirstOrDefault(a => !IsPublic(a)) is { } refused)
                throw new PrivateAddressException(host, refused);

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };

    /// False for loopback, private, link-local, carrier-grade NAT, multicast, documentation and reserved ranges.
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address))
            return false;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 or >= 224
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)
                || (b[0] == 198 && b[1] is 18 or 19)
                || (b[0] == 198 && b[1] == 51 && b[2] == 100)
                || (b[0] == 203 && b[1] == 0 && b[2] == 113));
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6Any) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast)
                return false;
            var b = address.GetAddressBytes();
            // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that must be public too; 2001:db8::/32 is documentation.
            if (b is [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..])
                return IsPublic(new IPAddress(b[12..16]));
            if (b is [0x20, 0x02, ..])
                return IsPublic(new IPAddress(b[2..6]));
            return b is not [0x20, 0x01, 0x0d, 0xb8, ..];
        }
        return false;
    }
}
