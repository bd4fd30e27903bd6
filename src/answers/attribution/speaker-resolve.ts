import type { ReadContext } from './context.js';
import type { Phrase } from './names.js';
import type { Entity } from './discourse.js';
import type { Unit } from './units.js';

/** Resolves a speaker phrase to an entity: names directly; pronouns and role nouns through the discourse. */
export function resolveSpeaker(ctx: ReadContext, u: Unit, p: Phrase, pos: number): Entity | null {
  const d = ctx.discourse;
  switch (p.type) {
    case 'person':
    case 'org':
    case 'anon':
    case 'document':
      return d.mention(p, pos, 2);
    case 'group':
      // "the researchers": the group introduced before with that head, else the group as named here.
      return (/^the\s+\S+$/i.test(p.name) ? d.roleRef(p.head, pos, false) : null) ?? d.mention(p, pos, 2);
    case 'pronoun': {
      const salient = ctx.units[Math.max(0, u.index - 6)]!;
      const any = ctx.units[Math.max(0, u.index - 2)]!;
      const firstPara = ctx.units.find((x) => x.paragraph >= u.paragraph - 3)!;
      return d.pronoun(p.gender, pos, { salient: Math.max(salient.start, firstPara.start), any: any.start });
    }
    case 'roleRef':
      // A group named by description ("the researchers") speaks as itself when nobody earlier fits.
      // "the narrator" of an ad or broadcast is named by that role alone.
      return (
        d.roleRef(p.head, pos, false, modifiersOf(p.text)) ??
        (p.group === true || SELF_NAMED.test(p.head)
          ? d.mention({ type: 'anon', name: p.text.replace(/^The\b/, 'the'), head: p.head }, pos, 2)
          : null)
      );
    case 'orgRef': {
      // An organisation named only by description ("the county health department") speaks as such; a
      // description with words of its own ("the sheriff's office") is not some other body named before.
      const described = DESCRIBED_BODY.test(p.text);
      const own = (): Entity | null =>
        described ? d.mention({ type: 'org', name: p.text.replace(/^The\b/, 'the') }, pos, 2) : null;
      if (described && p.text.trim().split(/\s+/).length > 2) return own();
      return d.roleRef(p.head, pos, true) ?? own();
    }
  }
}

const SELF_NAMED = /^(?:narrator|announcer)$/;

// Public bodies named by a description with at least one modifier: "the county health department".
const DESCRIBED_BODY =
  /^the\s+(?:(?:[\w'’-]+\s+)*(?:department|ministry|agency|authority|commission|council|committee|board|court|government|regulator|league|union|office)|(?:[\w-]+\s+)+(?:bank|campaign))$/i;

/** Capitalised words describing a role reference ("the CNN host" → CNN). */
const modifiersOf = (phrase: string): string[] =>
  phrase
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.replace(/['’]s$/, ''));
