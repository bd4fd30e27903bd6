import { EventEmitter } from 'node:events';
import { scaled } from '../time-scale.js';
import type { FakeThread } from './channels.js';

/** One REST request the bot made, body parsed (JSON or multipart `payload_json`). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;

  body: any;
  files: Array<{ name: string; filename: string; content: string }>;
  at: number;
  /** The injected fault that answered it, if any. */
  fault?: number | 'reset';
}

/** A message as the bot left it (original response or follow-up). */
export interface FakeMessage {
  id: string;
  content: string;

  embeds: any[];

  components: any[];
  flags: number;
  files: Array<{ filename: string; content: string }>;
  deleted: boolean;
  /** `allowed_mentions` as sent, for messages posted in channels (interaction replies use the client's). */
  allowedMentions?: unknown;
}

/** Everything that happened to one interaction, in order. */
export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  userId: string;
  guildId: string | null;
  dispatchedAt: number;
  /** Its token has run out: webhook requests with it are refused (401, code 50027). */
  expired?: boolean;
  /** Which gateway session (in connection order) the interaction was delivered to. */
  session?: number;
  /** The first (and only allowed) callback. */
  callback?: {
    type: number;
    data?: any;
    at: number;
  };
  /** The original response message (after callback type 4/5/7, then edits). */
  original?: FakeMessage;
  followups: FakeMessage[];
  /** Every message-bearing payload (callback data, edits, follow-ups) in order. */

  payloads: Array<{ kind: 'callback' | 'edit' | 'followup'; at: number; body: any }>;
}

/** The fake's shared state with change notification, so tests can wait for what the bot does. */
export class FakeState extends EventEmitter {
  readonly requests: RecordedRequest[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  readonly byToken = new Map<string, InteractionRecord>();

  readonly commands = new Map<string, any[]>();
  /** Guild id → its one text channel id. */
  readonly channels = new Map<string, string>();
  /** Threads the bot started, by id. */
  readonly threads = new Map<string, FakeThread>();
  /** Channel id → messages posted to it with the bot token, oldest first. */
  readonly channelMessages = new Map<string, FakeMessage[]>();
  /** Messages edited by id through the channel route (`PATCH /channels/:id/messages/:id`), in order. */
  readonly channelEdits: Array<{ channelId: string; messageId: string; body: Record<string, unknown> }> = [];
  /** Channels where posting is refused (the bot lacks Send Messages). */
  readonly cannotSend = new Set<string>();

  changed(): void {
    this.emit('change');
  }

  /**
   * Resolves once `probe` returns a value other than undefined (checked on every change); rejects
   * after `idleMs`, the time this may take on an idle machine, stretched by the test time scale.
   */
  waitFor<T>(probe: () => T | undefined, idleMs = 10_000, what = 'condition'): Promise<T> {
    const timeoutMs = scaled(idleMs);
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value === undefined) return false;
        cleanup();
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.off('change', check);
      };
      this.setMaxListeners(0);
      this.on('change', check);
      check();
    });
  }
}
