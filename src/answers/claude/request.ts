import type { MessageCreateParamsBase, TextBlockParam, DocumentBlockParam } from '@anthropic-ai/sdk/resources/messages/messages';
import type { AnswerKind } from '../answer.js';
import { renderPrompt, type PromptName, type Prompts } from '../prompts.js';
import { documentContext, type SourceDocument } from './documents.js';

/** The task prompt for each kind of answer; digests use their own. */
export function taskPrompt(kind: AnswerKind, digest: boolean): PromptName {
  if (digest && kind === 'summary') return 'digest';
  return kind === 'summary' ? 'summarize' : kind === 'timeline' ? 'timeline' : 'whosaid';
}

export interface BuildRequestOptions {
  prompts: Prompts;
  kind: AnswerKind;
  digest: boolean;
  query: string;
  speaker: string | undefined;
  docs: readonly SourceDocument[];
  model: string;
  maxTokens: number;
}

/**
 * The Messages API request. Layout, for the prompt cache and for safety:
 * `system` is the fixed system prompt (no article text, no variables); the user turn holds one
 * `document` block per article, citations enabled, with the cache breakpoint on the last one, then
 * the task and the question after the breakpoint. Follow-up questions over the same documents
 * therefore read the whole prefix from the cache, whatever the command.
 */
export function buildRequest(o: BuildRequestOptions): MessageCreateParamsBase {
  const docs: DocumentBlockParam[] = o.docs.map((d) => ({
    type: 'document',
    source: { type: 'text', media_type: 'text/plain', data: d.data },
    title: d.article.title || d.article.id,
    context: documentContext(d.article),
    citations: { enabled: true },
  }));
  const last = docs.at(-1);
  if (last) last.cache_control = { type: 'ephemeral' };
  const system: TextBlockParam[] = [{ type: 'text', text: renderPrompt(o.prompts.templates.system, {}, 'system') }];
  if (!last) system[0]!.cache_control = { type: 'ephemeral' };

  const name = taskPrompt(o.kind, o.digest);
  const query = o.query.trim() === '' ? '(No question was asked: cover what the documents report.)' : o.query.trim();
  const vars: Record<string, string> = { query };
  if (name === 'whosaid') {
    const speaker = o.speaker?.trim();
    vars['speakerRule'] = speaker ? `List only statements by ${speaker}.` : 'List statements by every speaker.';
  }
  return {
    model: o.model,
    max_tokens: o.maxTokens,
    system,
    messages: [{ role: 'user', content: [...docs, { type: 'text', text: renderPrompt(o.prompts.templates[name], vars, name) }] }],
  };
}

/**
 * A conservative input-token estimate for when `count_tokens` cannot be reached: 3.5 characters per
 * token (English runs nearer 4), plus a small allowance per block.
 */
export function estimateTokens(params: MessageCreateParamsBase): number {
  let chars = 0;
  let blocks = 0;
  const system = params.system;
  if (typeof system === 'string') chars += system.length;
  else for (const s of system ?? []) chars += s.text.length;
  for (const m of params.messages) {
    if (typeof m.content === 'string') {
      chars += m.content.length;
      continue;
    }
    for (const b of m.content) {
      blocks++;
      if (b.type === 'text') chars += b.text.length;
      else if (b.type === 'document') chars += (b.title?.length ?? 0) + (b.context?.length ?? 0) + (b.source.type === 'text' ? b.source.data.length : 0);
    }
  }
  return Math.ceil(chars / 3.5) + blocks * 10 + 10;
}
