import { UserError } from '../errors.js';
import type { AnswerDraft, AnswerRequest } from './answer.js';

/**
 * Whether a `speaker` filter names this speaker: case- and accent-insensitive, matching the
 * canonical name, any alias the articles used, or words of the name ("kirby" → "John Kirby").
 */
export function speakerMatches(filter: string, canonical: string, aliases: readonly string[]): boolean {
  const f = fold(filter);
  if (f === '') return true;
  const names = [canonical, ...aliases].map(fold);
  if (names.includes(f)) return true;
  const wanted = f.split(' ');
  return names.some((n) => {
    const have = new Set(n.split(' '));
    return wanted.every((w) => have.has(w));
  });
}

/**
 * Keeps the statements of the speaker a who-said request asks for (every engine's draft goes
 * through this). Items without a speaker stay, so the verifier still counts them; a speaker with
 * no statement is a UserError naming the speakers that were found.
 */
export function keepRequestedSpeaker(draft: AnswerDraft, req: AnswerRequest): AnswerDraft {
  const wanted = req.speaker?.trim();
  if (req.kind !== 'quotes' || !wanted) return draft;
  const items = draft.items.filter(
    (i) => i.speaker === undefined || speakerMatches(wanted, i.speaker, i.speakerAliases ?? []),
  );
  if (!items.some((i) => i.speaker !== undefined)) {
    const names = [...new Set(draft.items.flatMap((i) => (i.speaker ? [i.speaker] : [])))].slice(0, 8);
    throw new UserError(
      `No statements by "${wanted.slice(0, 80)}" in the matching articles${names.length ? ` (speakers found: ${names.join(', ')})` : ''}.`,
      'not_found',
    );
  }
  return { ...draft, items };
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
