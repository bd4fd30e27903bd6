import type { Message, MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ClaudeClient } from './client.js';

export interface SendOptions {
  /** When set, the request is streamed and this gets the content blocks so far (with their citations) after each text delta. */
  onContent?: ((content: Message['content']) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Sends one Messages request: streamed through `messages.stream` when someone watches the text
 * form, else a plain `messages.create`. Either way the SDK applies its own retries and timeout, and
 * the complete message (with citations and usage) is returned.
 */
export async function sendMessage(
  c: ClaudeClient,
  params: MessageCreateParamsBase,
  o: SendOptions = {},
): Promise<Message> {
  const requestOptions = o.signal ? { signal: o.signal } : {};
  const onContent = o.onContent;
  if (!onContent) return c.client.messages.create({ ...params, stream: false }, requestOptions);
  const stream = c.client.messages.stream(params, requestOptions);
  stream.on('text', () => {
    const snapshot = stream.currentMessage;
    if (snapshot) onContent(snapshot.content);
  });
  return stream.finalMessage();
}

/** Exact input tokens of a request, or null when counting is unavailable (never retried: it is only an optimisation). */
export async function countTokens(
  c: ClaudeClient,
  params: MessageCreateParamsBase,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<number | null> {
  try {
    const res = await c.client.messages.countTokens(
      { model: params.model, messages: params.messages, ...(params.system ? { system: params.system } : {}) },
      { maxRetries: 0, timeout: timeoutMs, ...(signal ? { signal } : {}) },
    );
    return Number.isFinite(res.input_tokens) ? res.input_tokens : null;
  } catch (err) {
    if (err instanceof c.sdk.APIUserAbortError) throw err;
    return null;
  }
}
