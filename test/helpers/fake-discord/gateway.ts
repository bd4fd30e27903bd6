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
  dispatch(event: string, data: unknown): void;
  close(): void;
}

const HEARTBEAT_INTERVAL = 41_250;

/**
 * The gateway: HELLO on connect; IDENTIFY (token checked, intents recorded) → READY with every
 * guild unavailable, then one GUILD_CREATE each; heartbeats get ACKs; dispatches carry sequence
 * numbers. A dropped connection can be resumed (RESUME with the session id → the dispatches it
 * missed, then RESUMED), so a session outlives its socket.
 */
export function attachGateway(
  ctx: GatewayContext,
  wss: WebSocketServer,
  onSession: (s: GatewaySession) => void,
): void {
  const live = new Map<
    string,
    { socket: WebSocket; seq: number; missed: Array<{ t: string; d: unknown }> }
  >();
  wss.on('connection', (socket: WebSocket) => {
    const sendOn = (ws: WebSocket, payload: unknown) =>
      ws.readyState === ws.OPEN && ws.send(JSON.stringify(payload));
    const send = (payload: unknown) => sendOn(socket, payload);
    send({ op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL }, s: null, t: null });
    socket.on('message', (raw) => {
      const msg = JSON.parse((raw as Buffer).toString()) as { op: number; d: Record<string, unknown> | null };
      if (msg.op === 1) send({ op: 11, d: null, s: null, t: null });
      if (msg.op === 6) {
        const known = live.get(String(msg.d?.session_id));
        if (!known || msg.d?.token !== ctx.token) return send({ op: 9, d: false, s: null, t: null });
        known.socket = socket;
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
      const entry = { socket, seq: 0, missed: [] as Array<{ t: string; d: unknown }> };
      live.set(sessionId, entry);
      const dispatch = (t: string, data: unknown) => {
        if (entry.socket.readyState !== entry.socket.OPEN) entry.missed.push({ t, d: data });
        else sendOn(entry.socket, { op: 0, t, s: ++entry.seq, d: data });
      };
      const session: GatewaySession = {
        identified: Promise.resolve({ intents }),
        dispatch,
        close: () => {
          live.delete(sessionId);
          entry.socket.close(4000, 'test closed session');
        },
      };
      ctx.state.emit('identify', { intents });
      dispatch('READY', {
        v: 10,
        user: userObject(ctx.botUser, true),
        guilds: [...ctx.guilds.values()].map((g) => ({ id: g.id, unavailable: true })),
        session_id: sessionId,
        resume_gateway_url: ctx.url(),
        shard: [0, 1],
        application: { id: ctx.applicationId, flags: 0 },
        user_settings: {},
        relationships: [],
        private_channels: [],
        presences: [],
        guild_join_requests: [],
      });
      for (const guild of ctx.guilds.values()) dispatch('GUILD_CREATE', guildObject(guild, ctx.botUser));
      onSession(session);
    });
  });
}
