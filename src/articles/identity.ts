import { createHash } from 'node:crypto';
import { GLOBAL_SCOPE, type ArticleDraft, type Scope } from './article.js';

// Query parameters that only track where a click came from; they never change the page.
const TRACKING_PARAMS = new Set(['fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid']);

/** sha256 of a text, as 64 hex characters. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The canonical form of an article address, so the same page reached through a tracking link
 * gets the same id: lower-case scheme and host, no default port, no fragment, no `utm_*` /
 * click-id parameters, remaining parameters sorted, no trailing slash. Returns null for a
 * string that is not an absolute http(s) URL.
 */
export function canonicalizeUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  // URL already lower-cases the host and drops the scheme's default port.
  const kept = [...u.searchParams].filter(
    ([k]) => !k.toLowerCase().startsWith('utm_') && !TRACKING_PARAMS.has(k.toLowerCase()),
  );
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  u.pathname = u.pathname.replace(/\/+$/, '');
  // The root path cannot be empty in a URL object, so its slash is dropped from the string.
  return u.pathname === '/' && u.search === '' ? u.toString().replace(/\/$/, '') : u.toString();
}

/** The canonical URL a draft is identified by: its own canonical URL, else its URL, canonicalized. */
export function identityUrl(draft: Pick<ArticleDraft, 'url' | 'canonicalUrl'>): string | null {
  for (const candidate of [draft.canonicalUrl, draft.url]) {
    if (candidate) {
      const c = canonicalizeUrl(candidate);
      if (c) return c;
    }
  }
  return null;
}

/**
 * A stable article id, `a_` + 16 hex characters: from the canonical URL when known, else from the
 * content hash. Articles of a guild scope include the scope in the derivation, so the same page or
 * text stored by two servers (or by one server and globally) never shares an id and never clobbers.
 * `textHash`, when the caller has it, is `contentHash(draft.text)` (saves hashing the text twice).
 */
export function articleIdFor(
  draft: Pick<ArticleDraft, 'url' | 'canonicalUrl' | 'text'>,
  scope: Scope = GLOBAL_SCOPE,
  textHash?: string,
): string {
  const url = identityUrl(draft);
  const basis = url !== null ? `url:${url}` : `text:${textHash ?? contentHash(draft.text)}`;
  const key = scope === GLOBAL_SCOPE ? basis : `scope:${scope}\n${basis}`;
  return `a_${contentHash(key).slice(0, 16)}`;
}
