import { parsePhrase } from './names.js';
import { acronymOf, sameOrganisation } from './org-aliases.js';
import { tokenize } from './tokens.js';

const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;

interface Plain {
  given: string;
  /** Plain personal name tokens, or null for organisations and phrases that are not names. */
  tokens: string[] | null;
  form: string;
}

function plain(given: string): Plain {
  const text = given.trim();
  const p = parsePhrase(text, tokenize(text, 0, text.length));
  if (p?.type === 'person') return { given, tokens: p.nameTokens, form: p.name };
  if (p?.type === 'org') return { given, tokens: null, form: p.name };
  return { given, tokens: null, form: text };
}

const lower = (ts: readonly string[]): string[] => ts.map((t) => t.toLowerCase().replace(/\.$/, ''));
const orgKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ');

function endsWith(a: readonly string[], b: readonly string[]): boolean {
  return b.length > 0 && b.length <= a.length && b.every((t, i) => a[a.length - b.length + i] === t);
}

/**
 * Groups speaker names across articles: "National Security Council spokesman John Kirby",
 * "John Kirby" and "Kirby" all map to "John Kirby". A short name that fits two different full
 * names ("Clinton": Hillary or Bill) keeps its own form rather than being guessed.
 */
export function canonicalizeSpeakers(names: readonly string[]): Map<string, string> {
  const ps = names.map(plain);
  const full = new Map<string, string>(); // lower-cased token key → fullest form seen
  for (const p of ps) {
    if (p.tokens === null || p.tokens.length < 2) continue;
    const k = lower(p.tokens).join(' ');
    if (!full.has(k)) full.set(k, p.form);
  }
  const fullKeys = [...full.keys()].map((k) => k.split(' '));
  // A full name contained at the end of a longer one ("Jong Un" in "Kim Jong Un") is that person.
  const longest = (toks: string[]): string | null => {
    const plainToks = toks.filter((t) => !SUFFIX.test(t));
    const suffixed = plainToks.length < toks.length;
    const hits = fullKeys.filter((f) => {
      const fp = f.filter((t) => !SUFFIX.test(t));
      if (suffixed !== fp.length < f.length && (suffixed || plainToks.length > 1)) return false;
      return endsWith(fp, plainToks) || (plainToks.length === 1 && fp[0] === plainToks[0] && fp.length > 2);
    });
    const maximal = hits.filter((h) => !hits.some((o) => o !== h && o.length > h.length && endsWith(o, h)));
    return maximal.length === 1 ? full.get(maximal[0]!.join(' '))! : null;
  };
  // Organisations: one entry per organisation, shown by its first full name ("the DOJ" and "the
  // Justice Department" → "the Justice Department"); an acronym only when no full name is given.
  const orgs: { form: string; members: string[] }[] = [];
  const out = new Map<string, string>();
  for (const p of ps) {
    if (p.tokens !== null) {
      out.set(p.given, longest(lower(p.tokens)) ?? p.form);
      continue;
    }
    let org = orgs.find(
      (o) => orgKey(o.form) === orgKey(p.form) || o.members.some((m) => sameOrganisation(m, p.form)),
    );
    if (org === undefined) {
      org = { form: p.form, members: [] };
      orgs.push(org);
    } else if (acronymOf(org.form) !== null && acronymOf(p.form) === null) org.form = p.form;
    org.members.push(p.form);
    out.set(p.given, p.form);
  }
  for (const p of ps) {
    if (p.tokens !== null) continue;
    out.set(p.given, orgs.find((o) => o.members.includes(p.form))!.form);
  }
  return out;
}
