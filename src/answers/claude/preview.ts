import type { Article } from '../../articles/article.js';
import { sentenceSpans } from '../../articles/sentences.js';
import type { AnswerItem, AnswerKind } from '../answer.js';
import { formatEdtf } from '../render-model.js';
import { indexArticles, verifyAnswer } from '../verify.js';
import type { SourceDocument } from './documents.js';
import { parseAnswer, type ResponseBlock } from './parse.js';

export interface PreviewOptions {
  kind: AnswerKind;
  docs: readonly SourceDocument[];
  /** Receives each new piece of verified preview text. */
  emit: (delta: string) => void;
}

/**
 * Streaming preview that shows only what would survive verification: on each update the finished
 * sentences or lines of the model's text so far are parsed and verified exactly as the final answer
 * will be, and only the new verified text is emitted. Uncited text and made-up quotes therefore
 * never appear, not even for a moment. Returns the function to call with the content blocks so far.
 */
export function createVerifiedPreview(o: PreviewOptions): (blocks: readonly ResponseBlock[]) => void {
  const articles: ReadonlyMap<string, Article> = indexArticles(o.docs.map((d) => d.article));
  let shown = '';
  let doneChars = -1;
  return (blocks) => {
    const text = blocks.map((b) => (b.type === 'text' ? (b.text ?? '') : '')).join('');
    const cut = finishedLength(o.kind, text);
    if (cut <= doneChars) return;
    doneChars = cut;
    const draft = {
      kind: o.kind,
      query: '',
      engine: 'preview',
      items: parseAnswer({ kind: o.kind, blocks: cutBlocks(blocks, cut), docs: o.docs, truncated: false })
        .items,
    };
    const next = verifyAnswer(draft, articles)
      .items.map((i) => previewLine(o.kind, i))
      .join('');
    // Emitted text cannot be taken back: only a pure extension is shown.
    if (next.length > shown.length && next.startsWith(shown)) {
      o.emit(next.slice(shown.length));
      shown = next;
    }
  };
}

/** Characters of `text` that make up finished units: whole lines, or all sentences but the last. */
function finishedLength(kind: AnswerKind, text: string): number {
  if (kind === 'timeline' || kind === 'quotes') return text.lastIndexOf('\n') + 1;
  const spans = sentenceSpans(text);
  return spans.length < 2 ? 0 : spans.at(-1)!.start;
}

function cutBlocks(blocks: readonly ResponseBlock[], cut: number): ResponseBlock[] {
  const out: ResponseBlock[] = [];
  let at = 0;
  for (const b of blocks) {
    if (b.type !== 'text' || typeof b.text !== 'string') continue;
    if (at >= cut) break;
    out.push({ ...b, text: b.text.slice(0, cut - at) });
    at += b.text.length;
  }
  return out;
}

function previewLine(kind: AnswerKind, item: AnswerItem): string {
  if (kind === 'quotes') return `${item.speaker ?? ''}: “${item.quote ?? item.text}”\n`;
  if (kind === 'timeline') return `${item.date ? formatEdtf(item.date) : ''}: ${item.text}\n`;
  return `${item.text} `;
}
