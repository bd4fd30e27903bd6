import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A local fake of the Anthropic Messages API on 127.0.0.1, driven by the real `@anthropic-ai/sdk`
 * through `baseURL`. It serves non-streamed JSON and streamed SSE responses whose text blocks carry
 * `char_location` citations, answers `/v1/messages/count_tokens`, can be told to fail (any status,
 * or a dropped connection) a number of times, simulates the prompt cache, and records every request.
 */
export interface FakeAnthropic {
  /** Base URL for the SDK (`baseURL`) or `ANTHROPIC_BASE_URL`. */
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Errors thrown by reply functions (answered as a non-retryable 400), so a test can show them. */
  replyErrors: string[];
  /** Only the `POST /v1/messages` requests (not token counts). */
  messageRequests(): RecordedRequest[];
  /** Resolves once `count` message requests have arrived (at once if they already have). */
  messageRequestsArrived(count: number): Promise<RecordedRequest[]>;
  /** Sets how later message requests are answered. */
  reply(reply: FakeReply | ReplyFn): void;
  /**
   * The next `times` message requests fail with `status`, a dropped connection, no answer at all
   * (`hang`), or (`cut`) a streamed answer whose connection drops after its first few events.
   */
  failNext(status: number | 'disconnect' | 'hang' | 'cut', times: number, type?: string): void;
  /** How many SSE events a `cut` stream sends before its connection drops (default 5). */
  cutStreamsAfter(events: number): void;
  /** Characters per token the fake counts with (default 4): lower it to play a denser language. */
  setCharsPerToken(n: number): void;
  /** Makes `/v1/messages/count_tokens` fail with this status (null: answer normally). */
  failCountTokens(status: number | null): void;
  /** Answers each message request only after this long: a model that takes its time. */
  setLatency(ms: number): void;
  /** The most message requests that were being answered at the same moment. */
  maxInFlight(): number;
  close(): Promise<void>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: MessagesBody;
}

/** The parts of a request body the fake reads. */
export interface MessagesBody {
  model: string;
  max_tokens?: number;
  stream?: boolean;
  system?: string | Array<{ type: 'text'; text: string; cache_control?: unknown }>;
  messages: Array<{ role: string; content: string | ContentBlockParam[] }>;
  [key: string]: unknown;
}

export interface ContentBlockParam {
  type: string;
  text?: string;
  title?: string;
  context?: string;
  source?: { type: string; media_type?: string; data?: string };
  citations?: { enabled?: boolean };
  cache_control?: { type: string };
}

export interface FakeCitation {
  type: 'char_location';
  cited_text: string;
  document_index: number;
  document_title: string | null;
  start_char_index: number;
  end_char_index: number;
  file_id: null;
}

export interface FakeTextBlock {
  text: string;
  citations?: FakeCitation[];
}

export interface FakeReply {
  content: FakeTextBlock[];
  stop_reason?: 'end_turn' | 'max_tokens' | 'refusal' | 'stop_sequence';
  /** Output tokens reported (default: text length / 4). */
  outputTokens?: number;
}

export type ReplyFn = (req: RecordedRequest) => FakeReply;

/** The document blocks of a request, in `document_index` order. */
export function documentsOf(req: RecordedRequest): ContentBlockParam[] {
  const out: ContentBlockParam[] = [];
  for (const m of req.body.messages)
    if (Array.isArray(m.content)) for (const b of m.content) if (b.type === 'document') out.push(b);
  return out;
}

/** A citation of exactly `citedText` (its first occurrence) in document `documentIndex` of the request. */
export function cite(req: RecordedRequest, documentIndex: number, citedText: string): FakeCitation {
  const doc = documentsOf(req)[documentIndex];
  const data = doc?.source?.data ?? '';
  const start = data.indexOf(citedText);
  if (start < 0)
    throw new Error(`fake-anthropic: "${citedText.slice(0, 40)}" is not in document ${documentIndex}`);
  return {
    type: 'char_location',
    cited_text: citedText,
    document_index: documentIndex,
    document_title: doc?.title ?? null,
    start_char_index: start,
    end_char_index: start + citedText.length,
    file_id: null,
  };
}

/** A citation of `citedText` in whichever document of the request contains it first. */
export function citeAny(req: RecordedRequest, citedText: string): FakeCitation {
  const i = documentsOf(req).findIndex((d) => (d.source?.data ?? '').includes(citedText));
  if (i < 0) throw new Error(`fake-anthropic: "${citedText.slice(0, 40)}" is in no document`);
  return cite(req, i, citedText);
}

/** A text block, cited or not. */
export function block(text: string, ...citations: FakeCitation[]): FakeTextBlock {
  return citations.length > 0 ? { text, citations } : { text };
}

export async function startFakeAnthropic(): Promise<FakeAnthropic> {
  const requests: RecordedRequest[] = [];
  const replyErrors: string[] = [];
  const failures: Array<number | 'disconnect' | 'hang' | 'cut'> = [];
  let failureType: string | undefined;
  let countFailure: number | null = null;
  let charsPerToken = 4;
  let responder: ReplyFn = defaultReply;
  let latencyMs = 0;
  let cutAfter = 5;
  let inFlight = 0;
  let maxInFlight = 0;
  const cachedPrefixes = new Set<string>();
  const sockets = new Set<Socket>();
  const arrivals = new EventEmitter();

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify(errorBody('api_error', String(err))));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = (req.url ?? '').split('?')[0]!;
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      path,
      headers: req.headers,
      body: raw ? (JSON.parse(raw) as MessagesBody) : { model: '', messages: [] },
    };
    requests.push(recorded);
    arrivals.emit('request');
    if (path === '/v1/messages/count_tokens') {
      if (countFailure !== null) return sendError(res, countFailure, 'api_error');
      return sendJson(res, 200, {
        input_tokens: Math.ceil(requestText(recorded.body).length / charsPerToken),
      });
    }
    if (path !== '/v1/messages' || req.method !== 'POST') return sendError(res, 404, 'not_found_error');
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs));
      answerMessage(req, res, recorded);
    } finally {
      inFlight--;
    }
  }

  function answerMessage(req: IncomingMessage, res: ServerResponse, recorded: RecordedRequest): void {
    const failure = failures.shift();
    if (failure === 'hang') return; // the client's timeout fires; close() ends the socket
    if (failure === 'disconnect' || (failure === 'cut' && !recorded.body.stream)) {
      req.socket.destroy();
      return;
    }
    if (typeof failure === 'number') return sendError(res, failure, failureType ?? typeFor(failure));
    let reply: FakeReply;
    try {
      reply = responder(recorded);
    } catch (err) {
      replyErrors.push(String(err));
      return sendError(res, 400, 'invalid_request_error');
    }
    const usage = usageFor(recorded.body, reply, cachedPrefixes);
    if (recorded.body.stream)
      return sendStream(res, recorded.body.model, reply, usage, failure === 'cut' ? cutAfter : null);
    sendJson(res, 200, {
      id: `msg_fake_${requests.length}`,
      type: 'message',
      role: 'assistant',
      model: recorded.body.model,
      content: reply.content.map(toBlock),
      stop_reason: reply.stop_reason ?? 'end_turn',
      stop_sequence: null,
      stop_details: null,
      usage,
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const messageRequests = () => requests.filter((r) => r.path === '/v1/messages');
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    replyErrors,
    messageRequests,
    messageRequestsArrived: (count) =>
      new Promise((resolve) => {
        const check = () => {
          const arrived = messageRequests();
          if (arrived.length < count) return;
          arrivals.off('request', check);
          resolve(arrived);
        };
        arrivals.on('request', check);
        check();
      }),
    reply(r) {
      responder = typeof r === 'function' ? r : () => r;
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    maxInFlight: () => maxInFlight,
    failNext(status, times, type) {
      for (let i = 0; i < times; i++) failures.push(status);
      failureType = type;
    },
    cutStreamsAfter(events) {
      cutAfter = events;
    },
    setCharsPerToken(n) {
      charsPerToken = n;
    },
    failCountTokens(status) {
      countFailure = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function defaultReply(req: RecordedRequest): FakeReply {
  const data = documentsOf(req)[0]?.source?.data ?? '';
  const first = data.split(/(?<=[.!?])\s/)[0] ?? '';
  return first ? { content: [block(first, cite(req, 0, first))] } : { content: [] };
}

function toBlock(b: FakeTextBlock): Record<string, unknown> {
  return { type: 'text', text: b.text, citations: b.citations ?? null };
}

function typeFor(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 429) return 'rate_limit_error';
  if (status === 529) return 'overloaded_error';
  if (status === 400) return 'invalid_request_error';
  return 'api_error';
}

function errorBody(type: string, message: string): Record<string, unknown> {
  return { type: 'error', error: { type, message } };
}

function sendError(res: ServerResponse, status: number, type: string): void {
  // retry-after-ms keeps the SDK's own retries fast in tests without changing how many it makes.
  res.writeHead(status, {
    'content-type': 'application/json',
    'retry-after-ms': '1',
    'request-id': `req_fake_${status}`,
  });
  res.end(JSON.stringify(errorBody(type, `fake ${status}`)));
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_fake_ok' });
  res.end(JSON.stringify(body));
}

function sendStream(
  res: ServerResponse,
  model: string,
  reply: FakeReply,
  usage: Record<string, number>,
  cutAfter: number | null = null,
): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    'request-id': 'req_fake_stream',
  });
  let sent = 0;
  const send = (event: string, data: unknown) => {
    if (cutAfter !== null && sent >= cutAfter) return;
    const chunk = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    // The cut comes once the events before it have reached the client.
    if (cutAfter !== null && ++sent === cutAfter)
      res.write(chunk, () => setTimeout(() => res.socket?.destroy(), 20));
    else res.write(chunk);
  };
  send('message_start', {
    type: 'message_start',
    message: {
      id: 'msg_fake_stream',
      type: 'message',
      role: 'assistant',
      model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      stop_details: null,
      usage: { ...usage, output_tokens: 1 },
    },
  });
  reply.content.forEach((b, index) => {
    send('content_block_start', {
      type: 'content_block_start',
      index,
      content_block: { type: 'text', text: '', citations: b.citations ? [] : null },
    });
    for (const citation of b.citations ?? [])
      send('content_block_delta', {
        type: 'content_block_delta',
        index,
        delta: { type: 'citations_delta', citation },
      });
    for (let i = 0; i < b.text.length; i += 12)
      send('content_block_delta', {
        type: 'content_block_delta',
        index,
        delta: { type: 'text_delta', text: b.text.slice(i, i + 12) },
      });
    send('content_block_stop', { type: 'content_block_stop', index });
  });
  send('message_delta', {
    type: 'message_delta',
    delta: { stop_reason: reply.stop_reason ?? 'end_turn', stop_sequence: null, stop_details: null },
    usage: { output_tokens: usage['output_tokens'] },
  });
  send('message_stop', { type: 'message_stop' });
  if (cutAfter === null) res.end();
}

/** About 4 characters per token over every text the request carries. */
function estimateTokens(body: MessagesBody): number {
  return Math.ceil(requestText(body).length / 4);
}

function requestText(body: MessagesBody): string {
  const parts: string[] = [];
  if (typeof body.system === 'string') parts.push(body.system);
  else for (const s of body.system ?? []) parts.push(s.text);
  for (const m of body.messages) {
    if (typeof m.content === 'string') parts.push(m.content);
    else
      for (const b of m.content)
        parts.push(b.text ?? '', b.title ?? '', b.context ?? '', b.source?.data ?? '');
  }
  return parts.join('\n');
}

/** Simulated prompt cache: the prefix up to the last `cache_control` block is written once, then read. */
function usageFor(body: MessagesBody, reply: FakeReply, cache: Set<string>): Record<string, number> {
  const total = estimateTokens(body);
  const prefix = cachedPrefix(body);
  const prefixTokens = prefix === null ? 0 : Math.ceil(prefix.length / 4);
  const hit = prefix !== null && cache.has(prefix);
  if (prefix !== null) cache.add(prefix);
  const output = reply.outputTokens ?? Math.ceil(reply.content.reduce((n, b) => n + b.text.length, 0) / 4);
  return {
    input_tokens: total - prefixTokens,
    output_tokens: output,
    cache_creation_input_tokens: hit ? 0 : prefixTokens,
    cache_read_input_tokens: hit ? prefixTokens : 0,
  };
}

function cachedPrefix(body: MessagesBody): string | null {
  const parts: unknown[] = [body.system];
  let marked = Array.isArray(body.system) && body.system.some((s) => s.cache_control);
  let upTo = marked ? 1 : 0;
  for (const m of body.messages) {
    if (!Array.isArray(m.content)) continue;
    for (const b of m.content) {
      parts.push(b);
      if (b.cache_control) {
        marked = true;
        upTo = parts.length;
      }
    }
  }
  return marked ? JSON.stringify(parts.slice(0, upTo)) : null;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
