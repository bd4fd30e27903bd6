import type { WebSocket, WebSocketServer } from 'ws';
import { guildObject, userObject, type FakeGuild, type FakeUser } from './payloads.js';
import { snowflake } from './snowflake.js';
import type { FakeState } from './state.js';

/** What the gateway side needs. */
export interface GatewayContext {
  state: FakeState;
  token: string;
  applicationId: string;
  botUser: FakeUser;
  guilds: Map<string, FakeGuild>;
  url(): string;
}

/** One connected bot session. */
export interface GatewaySession {
  identified: Promise<{ intents: number }>;
  /** `[shard id, shard count]` from IDENTIFY (`[0, 1]` when the bot does not shard). */
  shard: [number, number];
  /** Whether this session receives a guild's events (Discord's rule: `(guild_id >> 22) % count`); DMs go to shard 0. */
  covers(guildId: string | null): boolean;
  /** Its connection is open now (a dropped one may still be resumed, and buffers until then). */
  connected(): boolean;
  /** When the bot last sent anything on it (identify, heartbeat, resume): `performance.now()`. */
  seenAt(): number;
  dispatch(event: string, data: unknown): void;
  close(): void;
}

/** The shard a guild's events go to, as Discord routes them. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

const HEARTBEAT_INTERVAL = 41_250;
// Close codes of a bot that left on purpose (discord.js destroys its client with 1000): such a
// session is over. Any other close (a dropped network) leaves it resumable.
const LEFT = new Set([1000, 4000]);

interface LiveSession {
  socket: WebSocket;
  seq: number;
  missed: Array<{ t: string; d: unknown }>;
  ended: boolean;
  seenAt: number;
}

/**
 * The gateway: HELLO on connect; IDENTIFY (token checked, intents and shard recorded) → READY with
 * the shard's guilds unavailable, then one GUILD_CREATE each; heartbeats get ACKs; dispatches carry
 * sequence numbers. A dropped connection can be resumed (RESUME with the session id → the
 * dispatches it missed, then RESUMED), so a session outlives its socket; a bot that closed its
 * connection itself receives nothing more.
 */
export function attachGateway(
  ctx: GatewayContext,
  wss: WebSocketServer,
  onSession: (s: GatewaySession) => void,
): void {
  const live = new Map<string, LiveSession>();
  wss.on('connection', (socket: WebSocket) => {
    const sendOn = (ws: WebSocket, payload: unknown) =>
      ws.readyState === ws.OPEN && ws.send(JSON.stringify(payload));
    const send = (payload: unknown) => sendOn(socket, payload);
    send({ op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL }, s: null, t: null });
    socket.on('message', (raw) => {
      const msg = JSON.parse((raw as Buffer).toString()) as { op: number; d: Record<string, unknown> | null };
      const sender = [...live.values()].find((e) => e.socket === socket);
      if (sender) sender.seenAt = performance.now();
      if (msg.op === 1) send({ op: 11, d: null, s: null, t: null });
      if (msg.op === 6) {
        const known = live.get(String(msg.d?.session_id));
        if (!known || known.ended || msg.d?.token !== ctx.token)
          return send({ op: 9, d: false, s: null, t: null });
        known.socket = socket;
        known.seenAt = performance.now();
        socket.on('close', (code) => LEFT.has(code) && (known.ended = true));
        const missed = known.missed.splice(0);
        for (const e of missed) sendOn(socket, { op: 0, t: e.t, s: ++known.seq, d: e.d });
        sendOn(socket, { op: 0, t: 'RESUMED', s: ++known.seq, d: {} });
        ctx.state.emit('resumed');
        return;
      }
      if (msg.op !== 2) return;
      const d = msg.d!;
      if (d.token !== ctx.token) return socket.close(4004, 'Authentication failed.');
      const intents = Number(d.intents);
      const sessionId = snowflake();
      const entry: LiveSession = { socket, seq: 0, missed: [], ended: false, seenAt: performance.now() };
      live.set(sessionId, entry);
      socket.on('close', (code) => LEFT.has(code) && (entry.ended = true));
      const dispatch = (t: string, data: unknown) => {
        if (entry.ended) return;
        if (entry.socket.readyState !== entry.socket.OPEN) entry.missed.push({ t, d: data });
        else sendOn(entry.socket, { op: 0, t, s: ++entry.seq, d: data });
      };
      const session: GatewaySession = {
        identified: Promise.resolve({ intents }),
        shard: Array.isArray(d.shard) ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1],
        covers: (guildId) =>
          !entry.ended &&
          (guildId === null
            ? session.shard[0] === 0
            : shardOf(guildId, session.shard[1]) === session.shard[0]),
        connected: () => !entry.ended && entry.socket.readyState === entry.socket.OPEN,
        seenAt: () => entry.seenAt,
        dispatch,
        close: () => {
          entry.ended = true;
          live.delete(sessionId);
          entry.socket.close(4000, 'test closed session');
        },
      };
      ctx.state.emit('identify', { intents, shard: session.shard });
      const mine = [...ctx.guilds.values()].filter((g) => session.covers(g.id));
      dispatch('READY', {
        v: 10,
        user: userObject(ctx.botUser, true),
        guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
        session_id: sessionId,
        resume_gateway_url: ctx.url(),
        shard: session.shard,
        application: { id: ctx.applicationId, flags: 0 },
        user_settings: {},
        relationships: [],
        private_channels: [],
        presences: [],
        guild_join_requests: [],
      });
      for (const guild of mine) dispatch('GUILD_CREATE', guildObject(guild, ctx.botUser));
      onSession(session);
    });
  });
}
