import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../answers/answer.js';
import { buildRenderModel } from '../../answers/render-model.js';
import type { CitationChange } from '../../corrections/changes.js';
import { REMOVED_IN_UPDATE } from '../../corrections/wording.js';
import { safeText, truncate } from './escape.js';
import { LIMITS } from './limits.js';
import { sourceLine } from './sources.js';

/**
 * The full source list of an answer (the "Sources" button), as messages of embeds within
 * Discord's limits: one line per source with its masked link, outlet and date. A citation that a
 * later version of its article changed or removed is marked under its source, with the wording
 * that replaced it in the current version (verbatim, see `citationChanges`) or as removed.
 */
export function renderSourcesMessages(answer: Answer, changes: readonly CitationChange[] = []): APIEmbed[][] {
  const model = buildRenderModel(answer);
  const title = `Sources (${model.sources.length})`;
  const messages: APIEmbed[][] = [];
  let embeds: APIEmbed[] = [];
  let description = '';
  let total = title.length;
  const flush = () => {
    if (description)
      embeds.push({ ...(embeds.length === 0 && messages.length === 0 ? { title } : {}), description });
    description = '';
  };
  const lines = model.sources.flatMap((s) => [
    sourceLine(s),
    ...changes.filter((c) => c.source === s.n).map(changeLine),
  ]);
  for (const line of lines) {
    const newEmbed = description !== '' && description.length + 1 + line.length > LIMITS.embedDescription;
    if (
      total + line.length + 1 > LIMITS.embedsTotal ||
      (newEmbed && embeds.length + 1 >= LIMITS.embedsPerMessage)
    ) {
      flush();
      messages.push(embeds);
      embeds = [];
      total = 0;
    } else if (newEmbed) flush();
    description = description ? `${description}\n${line}` : line;
    total += line.length + 1;
  }
  flush();
  if (embeds.length > 0) messages.push(embeds);
  return messages.length > 0 ? messages : [[{ title, description: 'This answer cites no sources.' }]];
}

// Each quoted text is cut to this many characters: a marked citation stays one line of a few hundred.
const QUOTE_MAX = 300;

const quoted = (text: string) => `“${safeText(truncate(text.replace(/\s+/g, ' ').trim(), QUOTE_MAX))}”`;

/** `↳ Updated after this answer. Cited: “…” Now: “…”` (or `— removed in the update.`). */
export function changeLine(c: CitationChange): string {
  const head = `↳ Updated after this answer. Cited: ${quoted(c.cited)}`;
  if (c.fate === 'replaced') return `${head} Now: ${c.now.map((s) => quoted(s.text)).join(' ')}`;
  if (c.fate === 'removed') return `${head} — ${REMOVED_IN_UPDATE}.`;
  return `${head} — changed in a later version.`;
}
