import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../answers/answer.js';
import { buildRenderModel, type RenderModel } from '../../answers/render-model.js';
import { answerBlocks, differencesHeading, groupHeading } from './blocks.js';
import { safeText, truncate } from './escape.js';
import { packPages } from './pages.js';

/** Extra facts for the footer. */
export interface AnswerEmbedOptions {
  /** Articles the engine read for this answer, when known. */
  read?: number | null;
}

const COLORS = { summary: 0x2b6cb0, timeline: 0x2f855a, quotes: 0xb7791f, answer: 0x6b46c1 } as const;

/**
 * An answer as pages of embeds (one message per page): text with footnote markers `[n]`, the
 * sources each page cites as masked links, and a footer with the engine, the article count and
 * the newest article's date. Every Discord limit holds on every page.
 */
export function renderAnswerPages(answer: Answer, options: AnswerEmbedOptions = {}): APIEmbed[][] {
  const model = buildRenderModel(answer);
  const headings = new Map<number, string>();
  model.groups.forEach((g, i) => {
    const h = groupHeading(g.heading);
    if (h) headings.set(i, h);
  });
  if (model.differences.length > 0) headings.set(model.groups.length, differencesHeading());
  return packPages(answerBlocks(model), {
    title: answerTitle(model),
    sources: new Map(model.sources.map((s) => [s.n, s])),
    headings,
    color: COLORS[model.kind],
    footer: (page, pages) => footerText(model, options.read ?? null, page, pages),
  });
}

/** "Summary: north korea" (the query is the user's own text: escaped and cut to fit 256). */
export function answerTitle(model: RenderModel): string {
  const query = model.query.replace(/\s+/g, ' ').trim();
  return query ? `${model.heading}: ${safeText(truncate(query, 200))}` : model.heading;
}

function footerText(model: RenderModel, read: number | null, page: number, pages: number): string {
  const n = model.sources.length;
  const parts = [
    model.engine,
    `${n} ${n === 1 ? 'article' : 'articles'} cited${read !== null && read > n ? ` of ${read} read` : ''}`,
    ...(model.newest ? [`newest ${model.newest}`] : []),
    ...(pages > 1 ? [`page ${page}/${pages}`] : []),
  ];
  return parts.join(' · ');
}
