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
  dispatch(event: string, data: unknown): void;
  close(): void;
}

/** The shard a guild's events go to, as Discord routes them. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

const HEARTBEAT_INTERVAL = 41_250;

/**
 * The gateway: HELLO on connect; IDENTIFY (token checked, intents recorded) → READY with every
 * guild unavailable, then one GUILD_CREATE each; heartbeats get ACKs; dispatches carry sequence numbers.
 */
export function attachGateway(
  ctx: GatewayContext,
  wss: WebSocketServer,
  onSession: (s: GatewaySession) => void,
): void {
  wss.on('connection', (socket: WebSocket) => {
    let seq = 0;
    let closed = false;
    socket.on('close', () => (closed = true));
    let resolveIdentified!: (v: { intents: number }) => void;
    const identified = new Promise<{ intents: number }>((r) => (resolveIdentified = r));
    const send = (payload: unknown) =>
      socket.readyState === socket.OPEN && socket.send(JSON.stringify(payload));
    const dispatch = (t: string, d: unknown) => send({ op: 0, t, s: ++seq, d });
    const session: GatewaySession = {
      identified,
      shard: [0, 1],
      // A closed session (its process stopped) receives nothing more.
      covers: (guildId) =>
        !closed &&
        (guildId === null ? session.shard[0] === 0 : shardOf(guildId, session.shard[1]) === session.shard[0]),
      dispatch,
      close: () => socket.close(4000, 'test closed session'),
    };
    send({ op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL }, s: null, t: null });
    socket.on('message', (raw) => {
      const msg = JSON.parse((raw as Buffer).toString()) as { op: number; d: Record<string, unknown> | null };
      if (msg.op === 1) send({ op: 11, d: null, s: null, t: null });
      if (msg.op !== 2) return;
      const d = msg.d!;
      if (d.token !== ctx.token) return socket.close(4004, 'Authentication failed.');
      const intents = Number(d.intents);
      if (Array.isArray(d.shard)) session.shard = [Number(d.shard[0]), Number(d.shard[1])];
      ctx.state.emit('identify', { intents, shard: session.shard });
      const mine = [...ctx.guilds.values()].filter((g) => session.covers(g.id));
      dispatch('READY', {
        v: 10,
        user: userObject(ctx.botUser, true),
        guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
        session_id: snowflake(),
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
      resolveIdentified({ intents });
      onSession(session);
    });
  });
}
