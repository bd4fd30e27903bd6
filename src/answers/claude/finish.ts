import type { Message } from '@anthropic-ai/sdk/resources/messages/messages';
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { AnswerDraft, AnswerRequest, DraftItem, Usage } from '../answer.js';
import { speakerMatches } from '../extractive/speaker-filter.js';
import type { SourceDocument } from './documents.js';
import { parseAnswer } from './parse.js';

export interface DraftFromMessageOptions {
  message: Message;
  req: AnswerRequest;
  docs: readonly SourceDocument[];
  /** `claude:<model>`. */
  engine: string;
  /** Notes from earlier steps (the token budget). */
  warnings: readonly string[];
  log: Logger;
}

/**
 * The model's message as a draft for the verifier. A refusal is reported as a UserError (code
 * `refused`), not shown as an empty answer; a message cut by `max_tokens` loses its unfinished last
 * sentence or line; a `--speaker` filter keeps that speaker's quotes (a UserError when none).
 */
export function draftFromMessage(o: DraftFromMessageOptions): AnswerDraft {
  const { message, req } = o;
  if (message.stop_reason === 'refusal') {
    o.log.info(
      { messageId: message.id, category: message.stop_details?.category ?? null },
      'Claude declined to answer',
    );
    throw new UserError(
      'Claude declined to answer this request (refusal), so no answer is shown.',
      'refused',
    );
  }
  const truncated =
    message.stop_reason === 'max_tokens' || message.stop_reason === 'model_context_window_exceeded';
  const parsed = parseAnswer({ kind: req.kind, blocks: message.content, docs: o.docs, truncated });
  return {
    kind: req.kind,
    query: req.query,
    engine: o.engine,
    items: filterSpeaker(parsed.items, req),
    warnings: [...o.warnings, ...parsed.warnings],
    usage: usageOf(message),
  };
}

function filterSpeaker(items: DraftItem[], req: AnswerRequest): DraftItem[] {
  const wanted = req.speaker?.trim();
  if (req.kind !== 'quotes' || !wanted) return items;
  // Uncited chatter (no speaker) stays, so the verifier still counts it.
  const kept = items.filter((i) => i.speaker === undefined || speakerMatches(wanted, i.speaker, []));
  if (!kept.some((i) => i.speaker !== undefined))
    throw new UserError(`No statements by "${wanted.slice(0, 80)}" in the matching articles.`, 'not_found');
  return kept;
}

function usageOf(m: Message): Usage {
  return {
    inputTokens: m.usage.input_tokens,
    outputTokens: m.usage.output_tokens,
    cacheCreationInputTokens: m.usage.cache_creation_input_tokens ?? 0,
    cacheReadInputTokens: m.usage.cache_read_input_tokens ?? 0,
  };
}
