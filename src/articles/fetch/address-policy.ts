import ipaddr from 'ipaddr.js';

/**
 * Decides whether the fetcher may connect to one resolved IP address: null to allow, or the
 * reason for refusing. Injectable so tests can allow exactly the loopback test server.
 */
export type AddressPolicy = (address: string) => string | null;

const RANGE_NAMES: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private address',
  linkLocal: 'a link-local address',
  uniqueLocal: 'a unique-local address',
  unspecified: 'an unspecified address',
  carrierGradeNat: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  broadcast: 'a broadcast address',
};

/**
 * Only public unicast addresses. Everything else is refused: loopback, private (10/8,
 * 172.16/12, 192.168/16), link-local (169.254/16, fe80::/10), unique-local (fc00::/7),
 * unspecified, CGNAT (100.64/10), multicast, broadcast, reserved and translation ranges.
 * An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it carries.
 */
export const publicAddressesOnly: AddressPolicy = (address) => {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address);
  } catch {
    return `${address} is not an IP address`;
  }
  if (parsed instanceof ipaddr.IPv6 && parsed.isIPv4MappedAddress()) parsed = parsed.toIPv4Address();
  const range = parsed.range();
  if (range === 'unicast') return null;
  return `${address} is ${RANGE_NAMES[range] ?? `a reserved address (${range})`}`;
};

/** Allows every address (tests and trusted setups: config.fetch.allowPrivate). */
export const anyAddress: AddressPolicy = () => null;

/** The policy for a configuration. */
export function addressPolicy(allowPrivate: boolean): AddressPolicy {
  return allowPrivate ? anyAddress : publicAddressesOnly;
}
