import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { UserError } from '../../errors.js';
import type { AddressPolicy } from './address-policy.js';

/** A resolved address, as `dns.lookup(…, { all: true })` gives it. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** How to resolve and judge a host. */
export interface ResolveOptions {
  policy: AddressPolicy;
  resolve?: ((hostname: string) => Promise<ResolvedAddress[]>) | undefined;
}

/** Resolves the URL's host and judges every address; any refused address refuses the fetch. */
export async function checkedAddresses(url: URL, options: ResolveOptions): Promise<ResolvedAddress[]> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: ResolvedAddress[];
  if (isIP(host) !== 0) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await (options.resolve ?? systemResolve)(host);
    } catch {
      throw new UserError(`could not resolve host ${host}`);
    }
  }
  if (addresses.length === 0) throw new UserError(`could not resolve host ${host}`);
  for (const { address } of addresses) {
    const reason = options.policy(address);
    if (reason !== null) throw new UserError(`refused to fetch ${url.href}: ${reason}`);
  }
  return addresses;
}

function systemResolve(hostname: string): Promise<ResolvedAddress[]> {
  return dnsLookup(hostname, { all: true, verbatim: true });
}

/** A lookup that answers only with the addresses already checked: no second DNS query. */
export function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, opts, callback) => {
    const family = typeof opts === 'object' ? opts.family : undefined;
    const usable = addresses.filter((a) => !family || a.family === family);
    const list = usable.length > 0 ? usable : addresses;
    if (typeof opts === 'object' && opts.all)
      (callback as (e: null, a: ResolvedAddress[]) => void)(null, list);
    else callback(null, list[0]!.address, list[0]!.family);
  };
}
