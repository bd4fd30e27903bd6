import { AFFILIATIONS, ORG_ROLE_NOUNS } from './lexicon.js';
import { ORG_GROUPS, roleMatches } from './roles.js';
import type { Gender, Phrase } from './names.js';
import { acronymOf, sameOrganisation } from './org-aliases.js';
import { COLLECTIVE_BODIES, DOCUMENT_KINDS, GROUP_NOUNS } from './source-lexicon.js';

/**
 * What kind of source an entity is. `group`: people named together ("officials", "Tom Carper and Ben
 * Cardin"); `document`: a report, lawsuit or letter; `unknown`: a bare surname not yet known as a person.
 */
export type EntityKind = 'person' | 'organization' | 'group' | 'document' | 'unknown';

/** Someone (or some body, or some document) the article mentions; attributions point at one of these. */
export interface Entity {
  kind: EntityKind;
  /** Fullest plain name seen so far ("John Kirby"), or the organisation/group phrase. */
  name: string;
  nameTokens: string[];
  role: string | null;
  gender: Gender | null;
  /** Lower-case head noun for sources named by description: "a U.S. official", "union leaders", "the report". */
  anonHead: string | null;
  /** Other names the article gives an organisation: an acronym in parentheses after its name. */
  aliases?: string[];
  /** Where it is named or referred to; level 2 = speaker or sentence subject, 1 = subject of an inner clause, 0 = other. */
  mentions: { pos: number; level: number }[];
}

/** The article's cast, built in reading order, answering "who is 'he' / 'the spokesman' / 'Kirby' here?". */
export class Discourse {
  readonly entities: Entity[] = [];

  /** Records a mention of a named person or organisation and returns its entity. */
  mention(p: Phrase, pos: number, level: number, create = true): Entity | null {
    let e: Entity | null = null;
    if (p.type === 'person') e = this.person(p.nameTokens, p.name, p.role, p.gender, create);
    else if (p.type === 'org' && create) e = this.org(p.name);
    else if (p.type === 'anon' && create) e = this.anon(p.name, p.head);
    else if (p.type === 'group' && create) e = this.group(p.name, p.head);
    else if (p.type === 'document' && create) e = this.document(p.name, p.head);
    if (e !== null) this.touch(e, pos, level);
    return e;
  }

  touch(e: Entity, pos: number, level: number): void {
    const last = e.mentions[e.mentions.length - 1];
    if (last !== undefined && last.pos === pos) last.level = Math.max(last.level, level);
    else e.mentions.push({ pos, level });
  }

  /** "he"/"she"/"they"/"it" at `pos`: the latest compatible speaker or subject in the recent window. */
  pronoun(gender: Gender, pos: number, windows: { salient: number; any: number }): Entity | null {
    const wantPerson = gender === 'male' || gender === 'female';
    const fits = (e: Entity): boolean => {
      if (wantPerson)
        return (
          (e.kind === 'person' || e.kind === 'unknown') &&
          e.anonHead === null &&
          (e.gender === null || e.gender === gender)
        );
      if (gender === 'plural') return e.kind === 'organization' || e.kind === 'group';
      return (e.kind === 'organization' && e.anonHead === null) || e.kind === 'document';
    };
    let best: Entity | null = null;
    for (const level of [2, 1]) {
      let bestPos = -1;
      for (const e of this.entities) {
        if (!fits(e)) continue;
        for (const m of e.mentions) {
          if (m.pos >= pos || m.pos < windows.salient || m.level < level) continue;
          if (m.pos > bestPos) {
            bestPos = m.pos;
            best = e;
          }
        }
      }
      if (best !== null) break;
    }
    // Without a recent subject or speaker, only an unambiguous recent mention will do.
    if (best === null && wantPerson) {
      const near = this.entities.filter(
        (e) => fits(e) && e.mentions.some((m) => m.pos < pos && m.pos >= windows.any),
      );
      if (near.length === 1) best = near[0]!;
    }
    if (best !== null && best.gender === null && wantPerson) best.gender = gender;
    return best;
  }

  /** "the spokesman", "the company": the latest entity introduced with that role or of that kind. */
  roleRef(
    head: string,
    pos: number,
    organisation: boolean,
    modifiers: readonly string[] = [],
  ): Entity | null {
    let best: Entity | null = null;
    let bestPos = -1;
    const kindRe = ORG_ROLE_NOUNS.get(head);
    for (const e of this.entities) {
      const ok = organisation
        ? e.kind === 'organization' && e.anonHead === null && kindRe !== undefined && kindRe.test(e.name)
        : (e.role !== null && roleMatches(e.role, head)) || e.anonHead === head;
      // "the CNN host" is not the radio host introduced earlier.
      const described = `${e.role ?? ''} ${e.name}`.toLowerCase();
      if (
        !ok ||
        modifiers.some((m) => !described.includes(m.toLowerCase()) && !AFFILIATIONS.has(m.toLowerCase()))
      )
        continue;
      const m = lastBefore(e, pos);
      if (m > bestPos) {
        bestPos = m;
        best = e;
      }
    }
    if (best === null && organisation) {
      // "the agency": else the organisation that was last a speaker or subject, if recent — a proper name,
      // or a description of the same kind ("the national data protection authority").
      const group = ORG_GROUPS.find((g) => g.includes(head)) ?? [head];
      for (const e of this.entities) {
        if (e.anonHead !== null) continue;
        const proper = /\p{Lu}/u.test(e.name.replace(/^The\b/, ''));
        const sameKind = group.some((h) => e.name.toLowerCase().endsWith(h));
        const business = group === ORG_GROUPS[1];
        // "the department" is not the company that spoke last.
        const company = COMPANY_NAME.test(e.name);
        const okKind =
          e.kind === 'organization'
            ? (proper && (business || !company)) || sameKind
            : business && e.kind === 'unknown' && e.nameTokens.length === 1;
        if (!okKind) continue;
        for (const m of e.mentions)
          if (m.level === 2 && m.pos < pos && m.pos >= pos - 600 && m.pos > bestPos) {
            bestPos = m.pos;
            best = e;
          }
      }
      if (best !== null && best.kind === 'unknown') best.kind = 'organization';
    }
    return best;
  }

  private person(
    tokens: string[],
    name: string,
    role: string | null,
    gender: Gender | null,
    create: boolean,
  ): Entity | null {
    const plain = tokens.filter((t) => !SUFFIX.test(t));
    const suffixed = plain.length < tokens.length;
    let match: Entity | null = null;
    let matchPos = -1;
    for (const e of this.entities) {
      if (e.kind !== 'person' && e.kind !== 'unknown') continue;
      const ep = e.nameTokens.filter((t) => !SUFFIX.test(t));
      const eSuffixed = ep.length < e.nameTokens.length;
      if (suffixed && !eSuffixed) continue;
      if (eSuffixed !== suffixed && plain.length > 1 && ep.length > 1) continue;
      const suffixOk =
        plain.length <= ep.length
          ? endsWith(ep, plain) || (plain.length === 1 && ep[0] === plain[0])
          : endsWith(plain, ep) || (ep.length === 1 && plain[0] === ep[0]);
      if (!suffixOk) continue;
      const m = lastBefore(e, Infinity);
      if (m > matchPos) {
        matchPos = m;
        match = e;
      }
    }
    if (match === null && tokens.length === 1 && role === null) {
      // "Ford said" after "Ford Motor Company": the company, not a new person.
      const company = this.entities.find(
        (e) =>
          e.kind === 'organization' &&
          e.anonHead === null &&
          COMPANY_NAME.test(e.name) &&
          e.name.replace(/^the\s+/i, '').split(/\s+/)[0] === tokens[0],
      );
      if (company !== undefined) return company;
    }
    if (match === null) {
      if (!create) return null;
      match = {
        kind: tokens.length > 1 || role !== null ? 'person' : 'unknown',
        name,
        nameTokens: tokens,
        role,
        gender,
        anonHead: null,
        mentions: [],
      };
      this.entities.push(match);
      return match;
    }
    if (tokens.length > match.nameTokens.length) {
      match.name = name;
      match.nameTokens = tokens;
    }
    if (tokens.length > 1 || role !== null) match.kind = 'person';
    if (match.role === null && role !== null) match.role = role;
    if (match.gender === null && gender !== null) match.gender = gender;
    return match;
  }

  private org(name: string): Entity {
    const k = orgKey(name);
    // "the Beige Book" after "the Federal Reserve's Beige Book survey": the document named before.
    const named = this.entities.find(
      (e) => e.kind === 'document' && k.includes(' ') && orgKey(e.name).includes(k),
    );
    if (named !== undefined) return named;
    const found = this.entities.find(
      (e) =>
        e.kind === 'organization' &&
        e.anonHead === null &&
        (orgKey(e.name) === k ||
          (!k.includes(' ') && orgKey(e.name).endsWith(' ' + k)) ||
          sameOrganisation(e.name, name) ||
          (e.aliases ?? []).some((a) => sameOrganisation(a, name))),
    );
    if (found !== undefined) {
      // "the FAA" first, "the Federal Aviation Administration" later: the full name is shown.
      if (acronymOf(found.name) !== null && acronymOf(name) === null) found.name = name;
      return found;
    }
    const e: Entity = {
      kind: 'organization',
      name,
      nameTokens: [],
      role: null,
      gender: null,
      anonHead: null,
      mentions: [],
    };
    this.entities.push(e);
    return e;
  }

  private anon(name: string, head: string): Entity {
    const e: Entity = {
      kind: GROUP_NOUNS.has(head) ? 'group' : COLLECTIVE_BODIES.has(head) ? 'organization' : 'person',
      name,
      nameTokens: [],
      role: null,
      gender: null,
      anonHead: head,
      mentions: [],
    };
    this.entities.push(e);
    return e;
  }

  /** People named together: one entity per distinct wording. */
  private group(name: string, head: string): Entity {
    const k = orgKey(name);
    const found = this.entities.find((e) => e.kind === 'group' && orgKey(e.name) === k);
    if (found !== undefined) return found;
    return this.add({ kind: 'group', name, head });
  }

  /**
   * A document. "The report" (a bare head, perhaps with "new" or "final") is the latest document of
   * the same sort named before; any other wording is that document only when worded the same.
   */
  private document(name: string, head: string): Entity {
    const k = orgKey(name);
    const bare = new RegExp(`^(?:the|this|that)\\s+(?:(?:${GENERIC_DOC_ADJECTIVES})\\s+)?${head}$`, 'i').test(
      name,
    );
    const sort = DOCUMENT_KINDS.find((g) => g.has(head)) ?? new Set([head]);
    let best: Entity | null = null;
    let bestPos = -1;
    for (const e of this.entities) {
      if (e.kind !== 'document') continue;
      const same = orgKey(e.name) === k || (bare && e.anonHead !== null && sort.has(e.anonHead));
      const m = lastBefore(e, Infinity);
      if (same && m >= bestPos) {
        bestPos = m;
        best = e;
      }
    }
    return best ?? this.add({ kind: 'document', name, head });
  }

  private add(p: { kind: EntityKind; name: string; head: string }): Entity {
    const e: Entity = {
      kind: p.kind,
      name: p.name,
      nameTokens: [],
      role: null,
      gender: null,
      anonHead: p.head,
      mentions: [],
    };
    this.entities.push(e);
    return e;
  }
}

const GENERIC_DOC_ADJECTIVES =
  'new|latest|full|final|same|original|initial|preliminary|annual|monthly|quarterly|weekly';
const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;
// A business named after its founder: "Ford Motor Company", "Corvane Chemical Inc".
const COMPANY_NAME =
  /^(?:the\s+)?\S+\s+(?:.*\s)?(?:Company|Corporation|Corp\.?|Inc\.?|Co\.|Ltd\.?|LLC|PLC|Motors|Airlines|Airways|Group|Holdings|Industries|Chemicals?|Systems|Technologies)$/;
const orgKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '');

function endsWith(a: readonly string[], b: readonly string[]): boolean {
  if (b.length > a.length || b.length === 0) return false;
  const off = a.length - b.length;
  return b.every((t, i) => a[off + i]!.replace(/\.$/, '') === t.replace(/\.$/, ''));
}

function lastBefore(e: Entity, pos: number): number {
  let best = -1;
  for (const m of e.mentions) if (m.pos < pos && m.pos > best) best = m.pos;
  return best;
}
