import type { IncomingMessage, ServerResponse } from 'node:http';
import { applyFault, type FaultPlan } from './faults.js';
import { channelObject, messageObject, userObject, type FakeGuild, type FakeUser } from './payloads.js';
import { routeChannels } from './channels.js';
import { snowflake } from './snowflake.js';
import type { FakeMessage, FakeState, InteractionRecord, RecordedRequest } from './state.js';

/** What the REST side needs to know about the fake application. */
export interface RestContext {
  state: FakeState;
  token: string;
  applicationId: string;
  botUser: FakeUser;
  gatewayUrl(): string;
  /** Files served for attachment options: `/attachments/<id>/<name>`. */
  attachments: Map<string, { contentType: string; content: string | Buffer }>;
  /** Extra delay before answering each request (load tests). */
  latencyMs: number;
  /** REST faults to inject. */
  faults: FaultPlan;
  guilds: Map<string, FakeGuild>;
  /** What `GET /gateway/bot` recommends. */
  recommendedShards: number;
}

type Reply = { status: number; body?: unknown };

/** Handles one HTTP request: the REST API under `/api/v10`, and attachment downloads. */
export async function handleRest(ctx: RestContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake');
  const raw = await readBody(req);
  const attachment = /^\/attachments\/(\d+)\//.exec(url.pathname);
  if (attachment && req.method === 'GET') {
    const file = ctx.attachments.get(attachment[1]!);
    res
      .writeHead(file ? 200 : 404, { 'content-type': file?.contentType ?? 'text/plain' })
      .end(file?.content ?? 'not found');
    return;
  }
  const { body, files } = await parseBody(req.headers['content-type'] ?? '', raw);
  const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
  const recorded: RecordedRequest = {
    method: req.method ?? 'GET',
    path,
    query: url.searchParams,
    body,
    files,
    at: performance.now(),
  };
  ctx.state.requests.push(recorded);
  if (ctx.latencyMs > 0) await new Promise((r) => setTimeout(r, ctx.latencyMs));
  const fault = ctx.faults.take(recorded.method, path);
  if (fault) {
    recorded.fault = 'reset' in fault ? 'reset' : fault.status;
    ctx.state.changed();
    applyFault(fault, res);
    return;
  }
  const reply = route(ctx, recorded, req.headers.authorization ?? null);
  ctx.state.changed();
  if (reply.body === undefined) res.writeHead(reply.status).end();
  else res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
}

function route(ctx: RestContext, r: RecordedRequest, auth: string | null): Reply {
  const { state } = ctx;
  const authed = auth === `Bot ${ctx.token}`;
  let m: RegExpExecArray | null;
  if (r.method === 'GET' && r.path === '/gateway/bot') {
    if (!authed) return unauthorized();
    return ok({
      url: ctx.gatewayUrl(),
      shards: ctx.recommendedShards,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
    });
  }
  if (r.method === 'GET' && (r.path === '/applications/@me' || r.path === '/oauth2/applications/@me')) {
    if (!authed) return unauthorized();
    return ok({
      id: ctx.applicationId,
      name: 'Newsroom Bot',
      description: '',
      bot_public: true,
      bot_require_code_grant: false,
      flags: 0,
      bot: userObject(ctx.botUser, true),
    });
  }
  if (r.method === 'GET' && r.path === '/users/@me') {
    if (!authed) return unauthorized();
    return ok(userObject(ctx.botUser, true));
  }
  if (r.method === 'GET' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(r.path))) {
    if (!authed) return unauthorized();
    if (m[1] !== ctx.applicationId) return notFound('Unknown Application');
    return ok(state.commands.get(m[2] ?? 'global') ?? []);
  }
  if (r.method === 'PUT' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(r.path))) {
    if (!authed) return unauthorized();
    if (m[1] !== ctx.applicationId) return notFound('Unknown Application');
    const registered = (r.body as Array<Record<string, unknown>>).map((c) => ({
      ...c,
      id: snowflake(),
      application_id: ctx.applicationId,
      version: snowflake(),
    }));
    state.commands.set(m[2] ?? 'global', registered);
    return ok(registered);
  }
  if (r.method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(r.path))) {
    const record = state.interactions.get(m[1]!);
    if (!record || record.token !== m[2]) return notFound('Unknown interaction', 10062);
    if (record.callback)
      return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
    return callback(ctx, record, r);
  }
  if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(r.path))) {
    const record = state.byToken.get(m[2]!);
    if (m[1] !== ctx.applicationId || !record) return notFound('Unknown Webhook', 10015);
    // An interaction token lasts 15 minutes; after that Discord refuses it like this.
    if (record.expired) return { status: 401, body: { message: 'Invalid Webhook Token', code: 50027 } };
    if (!record.callback) return notFound('Unknown Webhook', 10015);
    return webhook(ctx, record, r, m[3]);
  }
  const threadRoute = routeChannels({ ...ctx, authed }, r);
  if (threadRoute) return threadRoute;
  if ((m = /^\/channels\/(\d+)(\/messages)?$/.exec(r.path))) return channel(ctx, r, m[1]!, !!m[2], authed);
  return notFound(`No route for ${r.method} ${r.path}`);
}

/** A guild's one text channel: read it, post to it (when allowed), list its messages. */
function channel(
  ctx: RestContext,
  r: RecordedRequest,
  id: string,
  messages: boolean,
  authed: boolean,
): Reply {
  if (!authed) return unauthorized();
  const guild = [...ctx.guilds.values()].find((g) => g.channelId === id);
  if (!guild) return notFound('Unknown Channel', 10003);
  if (!messages && r.method === 'GET') return ok(channelObject(guild));
  const list = ctx.state.channelMessages.get(id) ?? [];
  if (messages && r.method === 'GET')
    return ok(
      list
        .slice(-50)
        .reverse()
        .map((m) => channelWire(ctx, id, m)),
    );
  if (messages && r.method === 'POST') {
    if (ctx.state.cannotSend.has(id))
      return { status: 403, body: { message: 'Missing Permissions', code: 50013 } };
    const message = toMessage(snowflake(), (r.body ?? {}) as Record<string, unknown>, r.files);
    message.allowedMentions = (r.body as { allowed_mentions?: unknown }).allowed_mentions;
    ctx.state.channelMessages.set(id, [...list, message]);
    return ok(channelWire(ctx, id, message));
  }
  return notFound('Method not allowed');
}

function channelWire(ctx: RestContext, channelId: string, message: FakeMessage) {
  return messageObject({
    id: message.id,
    channelId,
    applicationId: ctx.applicationId,
    botUser: ctx.botUser,
    body: { content: message.content, embeds: message.embeds, components: message.components, flags: 0 },
  });
}

function callback(ctx: RestContext, record: InteractionRecord, r: RecordedRequest): Reply {
  const { type, data } = r.body as { type: number; data?: Record<string, unknown> };
  record.callback = { type, data, at: r.at };
  if (type === 4 || type === 5) record.original = toMessage(snowflake(), data ?? {}, r.files);
  if (type === 4 || type === 7) record.payloads.push({ kind: 'callback', at: r.at, body: data });
  if (type === 7) ctx.state.emit('update', record, data);
  const withResponse = r.query.get('with_response') === 'true';
  return withResponse
    ? ok({ interaction: { id: record.id, type: record.type }, resource: { type } })
    : { status: 204 };
}

function webhook(
  ctx: RestContext,
  record: InteractionRecord,
  r: RecordedRequest,
  messageId: string | undefined,
): Reply {
  const target =
    messageId === undefined
      ? undefined
      : messageId === '@original'
        ? record.original
        : record.followups.find((f) => f.id === messageId);
  if (r.method === 'POST' && messageId === undefined) {
    const message = toMessage(snowflake(), r.body ?? {}, r.files);
    record.followups.push(message);
    record.payloads.push({ kind: 'followup', at: r.at, body: r.body });
    return ok(wire(ctx, record, message));
  }
  if (!target || target.deleted) return notFound('Unknown Message', 10008);
  if (r.method === 'PATCH') {
    const body = r.body as Record<string, unknown>;
    if (body.content !== undefined) target.content = (body.content as string | null) ?? '';
    if (body.embeds !== undefined) target.embeds = (body.embeds as unknown[] | null) ?? [];
    if (body.components !== undefined) target.components = (body.components as unknown[] | null) ?? [];
    if (r.files.length > 0) target.files = r.files.map(({ filename, content }) => ({ filename, content }));
    record.payloads.push({ kind: 'edit', at: r.at, body });
    return ok(wire(ctx, record, target));
  }
  if (r.method === 'GET') return ok(wire(ctx, record, target));
  if (r.method === 'DELETE') {
    target.deleted = true;
    return { status: 204 };
  }
  return notFound('Method not allowed');
}

function toMessage(id: string, body: Record<string, unknown>, files: RecordedRequest['files']): FakeMessage {
  return {
    id,
    content: (body.content as string | undefined) ?? '',
    embeds: (body.embeds as unknown[] | undefined) ?? [],
    components: (body.components as unknown[] | undefined) ?? [],
    flags: (body.flags as number | undefined) ?? 0,
    files: files.map(({ filename, content }) => ({ filename, content })),
    deleted: false,
  };
}

function wire(ctx: RestContext, record: InteractionRecord, message: FakeMessage) {
  const channelId = record.guildId
    ? (ctx.state.channels.get(record.guildId) ?? record.guildId)
    : record.userId;
  return messageObject({
    id: message.id,
    channelId,
    applicationId: ctx.applicationId,
    botUser: ctx.botUser,
    body: {
      content: message.content,
      embeds: message.embeds,
      components: message.components,
      flags: message.flags,
    },
    interactionId: record.id,
  });
}

const ok = (body: unknown): Reply => ({ status: 200, body });
const unauthorized = (): Reply => ({ status: 401, body: { message: '401: Unauthorized', code: 0 } });
const notFound = (message: string, code = 0): Reply => ({ status: 404, body: { message, code } });

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(
  contentType: string,
  raw: Buffer,
): Promise<{ body: unknown; files: RecordedRequest['files'] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), {
      headers: { 'content-type': contentType },
    }).formData();
    const files: RecordedRequest['files'] = [];
    let body: unknown;
    for (const [name, value] of form.entries()) {
      if (name === 'payload_json' && typeof value === 'string') body = JSON.parse(value);
      else if (typeof value !== 'string')
        files.push({ name, filename: value.name, content: await value.text() });
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')), files: [] };
}
