import type { Answer } from '../../answers/answer.js';
import { buildRenderModel, DIFFERENCES_HEADING, type RenderSource } from '../../answers/render-model.js';
import type { CitationChange } from '../../corrections/changes.js';
import { REMOVED_IN_UPDATE, UPDATED_AFTER_NOTICE } from '../../corrections/wording.js';
import { escapeMarkdown, safeLinkUrl } from './escape.js';

/**
 * The answer as standard Markdown for a CMS: a heading, the lines with footnote markers that
 * link to their source (`[[1]](https://…)`), and a numbered source list with links. Article text
 * is markdown-escaped; mentions are irrelevant outside Discord and the message sending it never pings.
 * Citations a later version of their article changed or removed are listed after the sources, so a
 * copy never passes the cited wording off as the article's current one.
 */
export function answerMarkdown(answer: Answer, changes: readonly CitationChange[] = []): string {
  const model = buildRenderModel(answer);
  const urls = new Map(model.sources.map((s) => [s.n, safeLinkUrl(s.url)]));
  const marker = (n: number) => (urls.get(n) ? `[[${n}]](${urls.get(n)})` : `[${n}]`);
  const out: string[] = [`## ${esc(model.query ? `${model.heading}: ${model.query}` : model.heading)}`, ''];
  if (model.lead !== null) out.push(`**${esc(model.lead)}**`, '');
  for (const group of model.groups) {
    if (group.heading !== null) out.push(`### ${esc(group.heading)}`, '');
    for (const line of group.lines) {
      const date =
        line.label === null
          ? ''
          : `**${esc(line.label)}**${line.dateText ? ` (${esc(line.dateText)})` : ''}: `;
      out.push(`- ${date}${esc(line.text)} ${line.markers.map(marker).join('')}`);
      if (line.earlier)
        out.push(`  - earlier: ${esc(line.earlier.text)} ${line.earlier.markers.map(marker).join('')}`);
    }
    out.push('');
  }
  if (model.differences.length > 0) {
    out.push(`### ${DIFFERENCES_HEADING}`, '');
    for (const d of model.differences) {
      const sides = d.sides.map((s) => `${esc(s.text)} ${s.markers.map(marker).join('')}`);
      out.push(`- ${esc(d.label)} ${sides.join(' · ')}`);
    }
    out.push('');
  }
  if (model.sources.length > 0) {
    out.push('### Sources', '');
    for (const s of model.sources) out.push(sourceMarkdown(s));
  }
  if (changes.length > 0) {
    out.push('', `### ${esc(UPDATED_AFTER_NOTICE.replace(/ — see Sources$/, ''))}`, '');
    for (const c of changes) {
      const now =
        c.fate === 'replaced'
          ? `now: ${c.now.map((s) => `“${esc(s.text)}”`).join(' ')}`
          : c.fate === 'removed'
            ? REMOVED_IN_UPDATE
            : 'changed in a later version';
      out.push(`- [${c.source}] cited: “${esc(c.cited)}” — ${now}`);
    }
  }
  return out.join('\n').trimEnd() + '\n';
}

function sourceMarkdown(s: RenderSource): string {
  const url = safeLinkUrl(s.url);
  const title = esc(s.title.replace(/\s+/g, ' ').trim() || 'Untitled');
  const details = [s.outlet ? esc(s.outlet) : null, s.date].filter(Boolean).join(', ');
  return `${s.n}. ${url ? `[${title}](${url})` : title}${details ? ` — ${details}` : ''}`;
}

function esc(text: string): string {
  return escapeMarkdown(text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' '));
}
