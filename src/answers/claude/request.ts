import type {
  MessageCreateParamsBase,
  TextBlockParam,
  DocumentBlockParam,
} from '@anthropic-ai/sdk/resources/messages/messages';
import type { AnswerKind } from '../answer.js';
import { renderPrompt, type PromptName, type Prompts } from '../prompts.js';
import { documentContext, type SourceDocument } from './documents.js';

/** The task prompt for each kind of answer; digests use their own. */
export function taskPrompt(kind: AnswerKind, digest: boolean): PromptName {
  if (digest && kind === 'summary') return 'digest';
  const names: Record<AnswerKind, PromptName> = {
    summary: 'summarize',
    timeline: 'timeline',
    quotes: 'whosaid',
    answer: 'ask',
  };
  return names[kind];
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
  const system: TextBlockParam[] = [
    { type: 'text', text: renderPrompt(o.prompts.templates.system, {}, 'system') },
  ];
  if (!last) system[0]!.cache_control = { type: 'ephemeral' };

  const name = taskPrompt(o.kind, o.digest);
  const query =
    o.query.trim() === '' ? '(No question was asked: cover what the documents report.)' : o.query.trim();
  const vars: Record<string, string> = { query };
  if (name === 'whosaid') {
    const speaker = o.speaker?.trim();
    vars['speakerRule'] = speaker
      ? `List only statements by ${speaker}.`
      : 'List statements by every speaker.';
  }
  return {
    model: o.model,
    max_tokens: o.maxTokens,
    system,
    messages: [
      {
        role: 'user',
        content: [...docs, { type: 'text', text: renderPrompt(o.prompts.templates[name], vars, name) }],
      },
    ],
  };
}

// Scripts written without spaces between words run near one token per character.
const DENSE = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/**
 * A conservative input-token estimate: 3.5 characters per token (English runs nearer 4), one token
 * per character of CJK, kana, Hangul or Thai, plus a small allowance per block. Used instead of
 * `count_tokens` whenever it shows the request fits, and when the API cannot be reached.
 */
export function estimateTokens(params: MessageCreateParamsBase): number {
  let tokens = 10;
  const add = (s: string | null | undefined) => {
    if (!s) return;
    const dense = s.match(DENSE)?.length ?? 0;
    tokens += dense + (s.length - dense) / 3.5;
  };
  const system = params.system;
  if (typeof system === 'string') add(system);
  else for (const s of system ?? []) add(s.text);
  for (const m of params.messages) {
    if (typeof m.content === 'string') {
      add(m.content);
      continue;
    }
    for (const b of m.content) {
      tokens += 10;
      if (b.type === 'text') add(b.text);
      else if (b.type === 'document') {
        add(b.title);
        add(b.context);
        if (b.source.type === 'text') add(b.source.data);
      }
    }
  }
  return Math.ceil(tokens);
}
