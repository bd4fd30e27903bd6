import type { Answer } from './answer.js';
import {
  buildRenderModel,
  DIFFERENCES_HEADING,
  type RenderDifference,
  type RenderLine,
  type RenderSource,
} from './render-model.js';

/**
 * Renders an answer as plain terminal text: items with footnote markers `[n]` (quotes under
 * speaker headings, timeline items prefixed by their date), a numbered source list, then warnings.
 * Control characters from article text are stripped so stored text cannot drive the terminal.
 */
export function renderAnswerText(answer: Answer): string {
  const model = buildRenderModel(answer);
  const out: string[] = [model.query ? `${model.heading}: ${clean(model.query)}` : model.heading, ''];
  if (model.lead !== null) out.push(model.lead, '');
  if (model.groups.length === 0) out.push('No statement could be given with a verified citation.', '');
  for (const group of model.groups) {
    if (group.heading !== null) out.push(clean(group.heading));
    for (const line of group.lines) {
      const indent = group.heading !== null ? '  ' : '';
      out.push(`${indent}- ${lineText(line)}`);
      if (line.earlier)
        out.push(`${indent}    earlier: ${clean(line.earlier.text)} ${markersText(line.earlier.markers)}`);
    }
    out.push('');
  }
  if (model.differences.length > 0) {
    out.push(DIFFERENCES_HEADING);
    for (const d of model.differences) out.push(`- ${differenceText(d)}`);
    out.push('');
  }
  if (model.sources.length > 0) {
    out.push('Sources');
    for (const s of model.sources) out.push(sourceText(s));
    out.push('');
  }
  if (model.warnings.length > 0) {
    out.push('Warnings');
    for (const w of model.warnings) out.push(`! ${clean(w)}`);
    out.push('');
  }
  out.push(`(${model.engine}, ${model.sources.length} ${model.sources.length === 1 ? 'source' : 'sources'})`);
  return out.join('\n');
}

/** One source as text: `[n] Title — Outlet, 2023-09-05, https://…`. */
export function sourceText(s: RenderSource): string {
  const details = [s.outlet ?? 'outlet unknown', s.date ?? 'date unknown', ...(s.url ? [s.url] : [])];
  return `[${s.n}] ${clean(s.title)} — ${details.map(clean).join(', ')}`;
}

/** `vehicles a day: 40,000 [1] · 45,000 [2]` */
function differenceText(d: RenderDifference): string {
  const sides = d.sides.map((s) => `${clean(s.text)} ${s.markers.map((n) => `[${n}]`).join('')}`);
  return `${clean(d.label)} ${sides.join(' · ')}`;
}

function markersText(markers: readonly number[]): string {
  return markers.map((n) => `[${n}]`).join('');
}

function lineText(line: RenderLine): string {
  const markers = line.markers.map((n) => `[${n}]`).join('');
  const prefix =
    line.label === null ? '' : `${line.label}${line.dateText ? ` (${clean(line.dateText)})` : ''}: `;
  return `${prefix}${clean(line.text)} ${markers}`;
}

// C0/C1 controls (ESC starts terminal escape sequences) and bidi overrides.
function clean(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
}
