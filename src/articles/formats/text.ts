import type { ArticleDraft } from '../article.js';
import { buildDraft } from '../draft.js';
import { markdownToText } from './markdown.js';

/**
 * A draft from a plain-text or Markdown article. The first non-empty line (after boilerplate
 * such as "Connect with us" is removed) is the headline; the rest is the body. Markdown loses
 * its syntax first, and its front matter (`title`, `date`, `outlet`, `author`, `url`) is metadata.
 * Throws a UserError when there is no body.
 */
export function draftFromText(content: string, source: string, kind: 'text' | 'markdown'): ArticleDraft {
  const raw = { kind, source, content };
  if (kind === 'text') return buildDraft({ body: content, headlineInBody: true, raw });
  const { text, meta } = markdownToText(content);
  return buildDraft({
    body: text,
    headlineInBody: true,
    title: meta.title,
    published: meta.published ?? meta.date ?? meta.published_at,
    outlet: meta.outlet ?? meta.source ?? meta.publisher,
    byline: meta.author ?? meta.byline,
    url: meta.url,
    canonicalUrl: meta.canonical ?? meta.canonical_url,
    externalId: meta.id,
    raw,
  });
}
