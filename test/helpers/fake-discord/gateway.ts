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
 * guild unavailable, then one GUILD_CREATE each; heartbeats get ACKs; dispatches carry sequence numbers.
 */
export function attachGateway(
  ctx: GatewayContext,
  wss: WebSocketServer,
  onSession: (s: GatewaySession) => void,
): void {
  wss.on('connection', (socket: WebSocket) => {
    let seq = 0;
    let resolveIdentified!: (v: { intents: number }) => void;
    const identified = new Promise<{ intents: number }>((r) => (resolveIdentified = r));
    const send = (payload: unknown) =>
      socket.readyState === socket.OPEN && socket.send(JSON.stringify(payload));
    const dispatch = (t: string, d: unknown) => send({ op: 0, t, s: ++seq, d });
    const session: GatewaySession = {
      identified,
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
      ctx.state.emit('identify', { intents });
      dispatch('READY', {
        v: 10,
        user: userObject(ctx.botUser, true),
        guilds: [...ctx.guilds.values()].map((g) => ({ id: g.id, unavailable: true })),
        session_id: snowflake(),
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
      resolveIdentified({ intents });
      onSession(session);
    });
  });
}
