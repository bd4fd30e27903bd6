import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { FaultPlan, type RestFault } from './faults.js';
import { attachGateway, type GatewaySession } from './gateway.js';
import { handleRest } from './rest.js';
import { PERMISSIONS, guildObject, type FakeGuild, type FakeUser } from './payloads.js';
import { snowflake } from './snowflake.js';
import { FakeState, type FakeMessage, type InteractionRecord } from './state.js';
import {
  autocompletePayload,
  componentPayload,
  modalSubmitPayload,
  slashPayload,
  type ChannelInput,
  type SlashInput,
} from './interactions.js';
import type { FakeThread } from './channels.js';

export { shardOf, type GatewaySession } from './gateway.js';
export {
  PERMISSIONS,
  type FakeGuild,
  type FakeUser,
  type InteractionRecord,
  type FakeMessage,
  type SlashInput,
  type FakeThread,
  type RestFault,
};

/** Where a user acts: a guild's channel (or a thread in it), with their and the bot's permissions. */
export type ActInput = Omit<ChannelInput, 'permissions'> & { permissions?: bigint };

export interface FakeDiscordOptions {
  /** Command definitions (as deployed) used to type the options a test user fills in. */
  commands: RESTPostAPIChatInputApplicationCommandsJSONBody[];
  /** Guild names the bot is in at login. */
  guilds?: string[];
  /** Delay added to every REST answer (load tests). */
  latencyMs?: number;
  /** The shard count `GET /gateway/bot` recommends (default 1). */
  recommendedShards?: number;
}

/**
 * A fake Discord on 127.0.0.1: REST (`/api/v10`) and a WebSocket gateway, enough for the real
 * discord.js Client to log in, receive interactions and answer them. Every REST request is
 * recorded; interactions keep their callback, edits and follow-ups in order.
 */
export interface FakeDiscord {
  /** For discord.js `rest.api` / DISCORD_API_URL. */
  apiUrl: string;
  token: string;
  applicationId: string;
  botUser: FakeUser;
  state: FakeState;
  guilds: Map<string, FakeGuild>;
  /** A test user. */
  user(name: string): FakeUser;
  guild(name: string): FakeGuild;
  /** Resolves when the bot has identified (with its intents). */
  identified(): Promise<{ intents: number }>;
  /** Resolves once this many gateway sessions have identified (several processes or shards); returns them. */
  sessions(count: number): Promise<GatewaySession[]>;
  /** The bot joins a guild after login (GUILD_CREATE). */
  addGuild(name: string): FakeGuild;
  /** The bot is removed from a guild (GUILD_DELETE). */
  removeGuild(id: string): void;
  /** Fails the next matching REST requests (429, 5xx, dropped connection). */
  fault(fault: RestFault): void;
  /** REST faults injected so far and still pending. */
  faults: FaultPlan;
  /** The interaction's token runs out (as 15 minutes after it was created). */
  expireToken(record: InteractionRecord): void;
  /** Drops the bot's gateway connections (as a network failure would); the bot resumes. */
  dropGateway(): void;
  /** Resolves when the bot has resumed a dropped session. */
  resumed(): Promise<void>;
  /** A user runs a slash command. */
  slash(input: SlashInput): InteractionRecord;
  /** A user types into an autocompleted option. */
  autocomplete(input: SlashInput & { focused: string }): InteractionRecord;
  /** A user presses a button on a message the bot posted. */
  click(input: ActInput & { message: FakeMessage; customId: string }): InteractionRecord;
  /** A user submits a modal the bot showed them, with its text fields filled in. */
  submitModal(input: ActInput & { customId: string; fields: Record<string, string> }): InteractionRecord;
  /** Serves a file as a Discord attachment; returns its URL. */
  attach(
    filename: string,
    content: string | Buffer,
    contentType?: string,
  ): { id: string; url: string; filename: string; size: number; contentType: string };
  close(): Promise<void>;
}

export async function startFakeDiscord(options: FakeDiscordOptions): Promise<FakeDiscord> {
  const state = new FakeState();
  const token = `fake.${snowflake()}.token`;
  const applicationId = snowflake();
  const botUser: FakeUser = { id: applicationId, username: 'Newsroom Bot' };
  const guilds = new Map<string, FakeGuild>();
  const attachments = new Map<string, { contentType: string; content: string | Buffer }>();
  const faults = new FaultPlan();
  const sessions: GatewaySession[] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    handleRest(restCtx, req, res).catch((err: unknown) => res.writeHead(500).end(String(err)));
  });
  const restCtx = {
    state,
    token,
    applicationId,
    botUser,
    attachments,
    latencyMs: options.latencyMs ?? 0,
    faults,
    guilds,
    recommendedShards: options.recommendedShards ?? 1,
    gatewayUrl: () => base.replace('http', 'ws'),
  };
  const wss = new WebSocketServer({ server });
  let identifiedResolve!: (v: { intents: number }) => void;
  const identified = new Promise<{ intents: number }>((r) => (identifiedResolve = r));
  attachGateway(
    { state, token, applicationId, botUser, guilds, url: () => base.replace('http', 'ws') },
    wss,
    (s) => {
      sessions.push(s);
      void s.identified.then(identifiedResolve);
      state.changed();
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const makeGuild = (name: string): FakeGuild => {
    const g = { id: snowflake(), name, channelId: snowflake() };
    guilds.set(g.id, g);
    state.channels.set(g.id, g.channelId);
    return g;
  };
  for (const name of options.guilds ?? []) makeGuild(name);
  // A guild's events go to every session of its shard (several processes may share one shard
  // while one replaces another); an interaction goes to one of them, in turn, since exactly one
  // bot process answers it.
  const live = (guildId: string | null) => sessions.filter((s) => s.covers(guildId));
  const dispatch = (t: string, d: unknown, guildId: string | null) =>
    live(guildId).forEach((s) => s.dispatch(t, d));
  let turn = 0;
  const dispatchOnce = (t: string, d: unknown, guildId: string | null): number | undefined => {
    // A connected session first: Discord does not hand an interaction to a session whose
    // connection is gone (a process killed without closing it) while another one is connected.
    // With none connected (a gateway drop), the one heard from last, which is about to resume;
    // a killed process's session, silent since, is not.
    const all = live(guildId);
    const connected = all.filter((s) => s.connected());
    const latest = all.reduce<GatewaySession[]>(
      (best, s) => (best[0] === undefined || s.seenAt() > best[0].seenAt() ? [s] : best),
      [],
    );
    const candidates = connected.length > 0 ? connected : latest;
    const chosen = candidates[turn++ % Math.max(1, candidates.length)];
    chosen?.dispatch(t, d);
    return chosen ? sessions.indexOf(chosen) : undefined;
  };
  const register = (
    payload: { id: string; token: string; type: number },
    input: { user: FakeUser; guild: FakeGuild | null },
  ): InteractionRecord => {
    const record: InteractionRecord = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      userId: input.user.id,
      guildId: input.guild?.id ?? null,
      dispatchedAt: performance.now(),
      followups: [],
      payloads: [],
    };
    state.interactions.set(record.id, record);
    state.byToken.set(record.token, record);
    record.session = dispatchOnce('INTERACTION_CREATE', payload, record.guildId);
    return record;
  };
  const ids = { applicationId, commands: options.commands };

  return {
    apiUrl: `${base}/api`,
    token,
    applicationId,
    botUser,
    state,
    guilds,
    user: (name) => ({ id: snowflake(), username: name }),
    guild(name) {
      const g = [...guilds.values()].find((x) => x.name === name);
      if (!g) throw new Error(`no fake guild named ${name}`);
      return g;
    },
    identified: () => identified,
    sessions: (count) =>
      state.waitFor(
        () => (sessions.length >= count ? [...sessions] : undefined),
        90_000,
        `${count} gateway sessions`,
      ),
    addGuild(name) {
      const g = makeGuild(name);
      dispatch('GUILD_CREATE', guildObject(g, botUser), g.id);
      return g;
    },
    removeGuild(id) {
      guilds.delete(id);
      dispatch('GUILD_DELETE', { id }, id);
    },
    fault: (f) => faults.add(f),
    faults,
    expireToken(record) {
      record.expired = true;
    },
    dropGateway() {
      for (const c of wss.clients) c.terminate();
    },
    resumed: () => new Promise<void>((r) => state.once('resumed', () => r())),
    slash: (input) => register(slashPayload(ids, { permissions: PERMISSIONS.member, ...input }), input),
    autocomplete: (input) =>
      register(autocompletePayload(ids, { permissions: PERMISSIONS.member, ...input }), input),
    click: (input) =>
      register(componentPayload(ids, { permissions: PERMISSIONS.member, ...input }, base), input),
    submitModal: (input) =>
      register(modalSubmitPayload(ids, { permissions: PERMISSIONS.member, ...input }), input),
    attach(filename, content, contentType = 'text/plain') {
      const id = snowflake();
      attachments.set(id, { contentType, content });
      return {
        id,
        url: `${base}/attachments/${id}/${filename}`,
        filename,
        size: Buffer.byteLength(content),
        contentType,
      };
    },
    async close() {
      for (const s of sessions) s.close();
      for (const c of wss.clients) c.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
