import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../answers/answer.js';
import { buildRenderModel } from '../../answers/render-model.js';
import { LIMITS } from './limits.js';
import { sourceLine } from './sources.js';

/**
 * The full source list of an answer (the "Sources" button), as messages of embeds within
 * Discord's limits: one line per source with its masked link, outlet and date.
 */
export function renderSourcesMessages(answer: Answer): APIEmbed[][] {
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
  for (const s of model.sources) {
    const line = sourceLine(s);
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
