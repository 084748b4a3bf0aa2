using System.Net;

namespace FactCheck.Web.Features.Import;

/// The fetch was refused because the host resolved to an address that is not on the public internet.
public sealed class PrivateAddressException(string host, IPAddress address)
    : Exception($"{host} resolves to {address}, a private or local network address.")
{
    public string Host { get; } = host;

    public IPAddress Address { get; } = address;
}
