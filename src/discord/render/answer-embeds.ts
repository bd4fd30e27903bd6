import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../answers/answer.js';
import { buildRenderModel, type RenderModel } from '../../answers/render-model.js';
import { answerBlocks, differencesHeading, groupHeading } from './blocks.js';
import { safeText, truncate } from './escape.js';
import { packPages } from './pages.js';
import { UPDATED_AFTER_NOTICE } from '../../corrections/wording.js';

// The notice and its separator: kept free on every page, so a flagged answer keeps its pages.
const NOTICE_LENGTH = UPDATED_AFTER_NOTICE.length + 3;

/** Extra facts for the footer. */
export interface AnswerEmbedOptions {
  /** Articles the engine read for this answer, when known. */
  read?: number | null;
  /** A cited article was updated after the answer in a way that changed what it cites: the footer says so. */
  updatedAfter?: boolean;
}

const COLORS = { summary: 0x2b6cb0, timeline: 0x2f855a, quotes: 0xb7791f, answer: 0x6b46c1 } as const;

/**
 * An answer as pages of embeds (one message per page): text with footnote markers `[n]`, the
 * sources each page cites as masked links, and a footer with the engine, the article count and
 * the newest article's date (after the notice, once a cited article was updated since). Every
 * Discord limit holds on every page.
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
    footer: (page, pages) => {
      const text = footerText(model, options.read ?? null, page, pages);
      return options.updatedAfter ? `${UPDATED_AFTER_NOTICE} · ${text}` : text;
    },
    reserve: options.updatedAfter ? 0 : NOTICE_LENGTH,
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
