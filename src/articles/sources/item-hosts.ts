import { lookup } from 'node:dns/promises';
import type { ResolvedAddress } from '../fetch/resolve.js';

/** Resolves a host name to all its addresses. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

// A feed's item pages are worth a short wait only: the item's own content is there to fall back on.
export const ITEM_RESOLVE_TIMEOUT_MS = 500;

/**
 * The hosts a feed's items link to, asked about once per feed. Item links of a feed nearly always
 * share one or two hosts, so when a host cannot be resolved or reached every item would otherwise
 * wait for the same failure (a full fetch timeout each, when DNS does not answer). Here the hosts
 * are resolved all at once when the feed is read, a slow answer counts as a failure, and a host
 * that failed is not tried again for the feed's other items: they use their own content at once.
 */
export class ItemHosts {
  private readonly lookups = new Map<string, Promise<ResolvedAddress[]>>();
  private readonly down = new Map<string, string>();

  constructor(
    private readonly base: Resolver = systemResolve,
    private readonly timeoutMs = ITEM_RESOLVE_TIMEOUT_MS,
  ) {}

  /** A resolver for safeFetch: one lookup per host, failing after the timeout. */
  readonly resolve: Resolver = (hostname) => {
    let pending = this.lookups.get(hostname);
    if (!pending) {
      pending = withTimeout(this.base(hostname), this.timeoutMs, hostname);
      // Nobody may be waiting yet (see warm): the failure is read when an item asks.
      pending.catch(() => undefined);
      this.lookups.set(hostname, pending);
    }
    return pending;
  };

  /** Starts resolving the hosts of these links now, all at once. */
  warm(links: ReadonlyArray<string | null>): void {
    for (const link of links) {
      const host = hostOf(link);
      if (host !== null && !/^[\d.]+$|:/.test(host)) void this.resolve(host);
    }
  }

  /** Why the host of a link was found unreachable by an earlier item, or null. */
  unreachable(link: string): string | null {
    const host = hostOf(link);
    return host === null ? null : (this.down.get(host) ?? null);
  }

  /** Records that the host of a link could not be resolved or reached. */
  markUnreachable(link: string, reason: string): void {
    const host = hostOf(link);
    if (host !== null && !this.down.has(host)) this.down.set(host, reason);
  }
}

function hostOf(link: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link).hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    return null;
  }
}

function systemResolve(hostname: string): Promise<ResolvedAddress[]> {
  return lookup(hostname, { all: true, verbatim: true });
}

function withTimeout<T>(work: Promise<T>, ms: number, hostname: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no answer for ${hostname} within ${String(ms)} ms`)),
      ms,
    );
    timer.unref();
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}
