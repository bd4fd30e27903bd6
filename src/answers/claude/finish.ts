import type { Message } from '@anthropic-ai/sdk/resources/messages/messages';
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { AnswerDraft, AnswerRequest, Usage } from '../answer.js';
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
 * sentence or line.
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
    items: parsed.items,
    warnings: [...o.warnings, ...parsed.warnings],
    usage: usageOf(message),
  };
}

function usageOf(m: Message): Usage {
  return {
    inputTokens: m.usage.input_tokens,
    outputTokens: m.usage.output_tokens,
    cacheCreationInputTokens: m.usage.cache_creation_input_tokens ?? 0,
    cacheReadInputTokens: m.usage.cache_read_input_tokens ?? 0,
  };
}
