import http from 'node:http';
import https from 'node:https';
import { UserError } from '../../errors.js';
import type { AddressPolicy } from './address-policy.js';
import { readCapped } from './body.js';
import { decodeBytes, detectCharset } from './charset.js';
import { checkedAddresses, pinnedLookup, type ResolvedAddress } from './resolve.js';

export type { ResolvedAddress } from './resolve.js';

/** Options for {@link safeFetch}. */
export interface SafeFetchOptions {
  /** Deadline for the whole fetch, redirects and body included. */
  timeoutMs: number;
  /** Largest body accepted (after decompression). */
  maxBytes: number;
  /** Which resolved addresses may be contacted; judged at every redirect hop. */
  policy: AddressPolicy;
  /** Default 5. */
  maxRedirects?: number;
  /** Resolves a host name to all its addresses (default: the system resolver). Injectable for tests. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  /** Sent as Accept; defaults to HTML and feeds. */
  accept?: string;
  /** Conditional-request validators (feed polling): sent as If-None-Match / If-Modified-Since. */
  conditional?: { etag?: string | null; lastModified?: string | null } | undefined;
}

/** A fetched document. */
export interface FetchedDocument {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  /** The body decoded by its declared charset (header, then `<meta>`/XML declaration, else UTF-8). */
  text: string;
  /** Validators for a later conditional request, when the server sent them. */
  etag?: string | null;
  lastModified?: string | null;
  /** True for a 304 answer to a conditional request: nothing changed, `text` is empty. */
  notModified?: boolean;
}

const USER_AGENT = 'NewsroomBot/0.1 (+article ingestion)';
const DEFAULT_ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/**
 * GETs an http(s) URL without letting it reach private networks: every hop's host is resolved,
 * every resolved address judged by the policy, and the connection made to exactly those checked
 * addresses (so a second DNS answer cannot rebind the name). Redirects are followed by hand (at
 * most 5), the body is capped while streaming, and the whole fetch has one deadline.
 * Failures are UserErrors whose message says what went wrong.
 */
export async function safeFetch(url: string, options: SafeFetchOptions): Promise<FetchedDocument> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    return await withDeadline(
      fetchFollowing(url, options, controller.signal),
      controller.signal,
      options.timeoutMs,
    );
  } finally {
    clearTimeout(timer);
  }
}

async function fetchFollowing(
  start: string,
  options: SafeFetchOptions,
  signal: AbortSignal,
): Promise<FetchedDocument> {
  const maxRedirects = options.maxRedirects ?? 5;
  let current = parseHttpUrl(start);
  for (let hop = 0; ; hop++) {
    const addresses = await checkedAddresses(current, options);
    const res = await request(current, addresses, options, signal);
    const location = res.headers.location;
    if (res.statusCode !== undefined && res.statusCode >= 300 && res.statusCode < 400 && location) {
      res.resume();
      if (hop >= maxRedirects) throw new UserError(`too many redirects (more than ${String(maxRedirects)})`);
      current = parseHttpUrl(new URL(location, current).href);
      continue;
    }
    const status = res.statusCode ?? 0;
    // Only present when the server sent them, so a plain fetch's result keeps its shape.
    const etag = header(res.headers.etag);
    const lastModified = header(res.headers['last-modified']);
    const validators = { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
    if (status === 304 && options.conditional) {
      res.resume();
      return { url: current.href, status, contentType: null, text: '', notModified: true, ...validators };
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw new UserError(
        `HTTP ${String(status)}${res.statusMessage ? ` ${res.statusMessage}` : ''} from ${current.href}`,
      );
    }
    const contentType = res.headers['content-type'] ?? null;
    const body = await readCapped(res, options.maxBytes);
    return {
      url: current.href,
      status,
      contentType,
      text: decodeBytes(body, detectCharset(body, contentType)),
      ...validators,
    };
  }
}

function header(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function parseHttpUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`not a valid URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(`refused to fetch ${url.href}: only http and https URLs are allowed`);
  }
  return url;
}

function request(
  url: URL,
  addresses: ResolvedAddress[],
  options: SafeFetchOptions,
  signal: AbortSignal,
): Promise<http.IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: 'GET',
      agent: false,
      lookup: pinnedLookup(addresses),
      signal,
      headers: {
        'user-agent': USER_AGENT,
        accept: options.accept ?? DEFAULT_ACCEPT,
        'accept-encoding': 'gzip, deflate, br',
        ...(options.conditional?.etag ? { 'if-none-match': options.conditional.etag } : {}),
        ...(options.conditional?.lastModified
          ? { 'if-modified-since': options.conditional.lastModified }
          : {}),
      },
    });
    req.once('response', resolve);
    req.once('error', (err: NodeJS.ErrnoException) => {
      reject(new UserError(`could not fetch ${url.href}: ${err.code ?? err.message}`));
    });
    req.end();
  });
}

/** Rejects with a timeout message when the deadline passes, whatever the fetch is waiting on (DNS too). */
function withDeadline<T>(work: Promise<T>, signal: AbortSignal, timeoutMs: number): Promise<T> {
  const timedOut = (): UserError => new UserError(`timed out after ${String(timeoutMs)} ms`);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(timedOut());
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(signal.aborted ? timedOut() : err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}
