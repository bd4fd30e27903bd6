import type { ServerResponse } from 'node:http';

/** A REST failure the fake returns instead of handling a request. */
export type RestFaultKind =
  /** Rate limited: `retryAfter` seconds, for every route (global) or this route. */
  | { status: 429; retryAfter: number; global?: boolean }
  | { status: 500 | 502 | 503 }
  /** The connection is reset without an answer. */
  | { reset: true };

export interface RestFault {
  /** Matches the method (default: any). */
  method?: string;
  /** Matches the path after `/api/v10`. */
  path: RegExp;
  /** How many matching requests fail (default 1). */
  times?: number;
  kind: RestFaultKind;
}

/** Faults injected on a schedule of their own: each matches the next `times` requests it fits. */
export class FaultPlan {
  private readonly pending: Array<RestFault & { left: number }> = [];
  private random: { rate: number; kinds: readonly RestFaultKind[]; rng: () => number } | null = null;

  add(fault: RestFault): void {
    this.pending.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Besides the queued faults, fails each request with probability `rate` (soak runs); null stops. */
  randomly(random: { rate: number; kinds: readonly RestFaultKind[]; rng: () => number } | null): void {
    this.random = random;
  }

  /** The fault for this request, if one is pending (and counts it). */
  take(method: string, path: string): RestFaultKind | undefined {
    const f = this.pending.find((x) => x.left > 0 && (x.method ?? method) === method && x.path.test(path));
    if (!f) {
      const r = this.random;
      if (!r || r.rng() >= r.rate) return undefined;
      return r.kinds[Math.floor(r.rng() * r.kinds.length)];
    }
    f.left -= 1;
    return f.kind;
  }

  /** Faults not yet used up. */
  get remaining(): number {
    return this.pending.reduce((n, f) => n + f.left, 0);
  }
}

/** Answers a request with the fault, as Discord (or a dropped connection) would. */
export function applyFault(kind: RestFaultKind, res: ServerResponse): void {
  if ('reset' in kind) {
    // A TCP reset (RST), as a dropped connection looks to the client: ECONNRESET.
    res.socket?.resetAndDestroy();
    return;
  }
  if (kind.status === 429) {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'retry-after': String(kind.retryAfter),
      'x-ratelimit-scope': kind.global ? 'global' : 'user',
    };
    if (kind.global) headers['x-ratelimit-global'] = 'true';
    res.writeHead(429, headers).end(
      JSON.stringify({
        message: 'You are being rate limited.',
        retry_after: kind.retryAfter,
        global: kind.global ?? false,
      }),
    );
    return;
  }
  res
    .writeHead(kind.status, { 'content-type': 'application/json' })
    .end(JSON.stringify({ message: `${kind.status}: fault injected by the test`, code: 0 }));
}
