import type { Interaction } from 'discord.js';

/**
 * Keeps the 3-second acknowledgement deadline safe under bursts: heavy work (retrieval, answer
 * building) waits until every interaction received so far has been acknowledged, then yields to
 * the event loop so newly arrived interactions and their defers go first.
 */
export interface AckGate {
  /** An interaction arrived. */
  begin(interaction: Interaction): void;
  /** Its handler finished (acknowledged or not, it no longer holds anyone up). */
  end(interaction: Interaction): void;
  /** Resolves once every interaction received is acknowledged (or after `maxWaitMs`), after one event-loop turn. */
  idle(maxWaitMs?: number): Promise<void>;
}

const POLL_MS = 5;

export function createAckGate(): AckGate {
  const pending = new Set<Interaction>();
  const acknowledged = (i: Interaction) =>
    i.isAutocomplete() ? i.responded : i.isRepliable() ? i.deferred || i.replied : true;
  const waiting = () => {
    for (const i of pending) if (acknowledged(i)) pending.delete(i);
    return pending.size > 0;
  };
  return {
    begin: (interaction) => void pending.add(interaction),
    end: (interaction) => void pending.delete(interaction),
    async idle(maxWaitMs = 1000) {
      const until = performance.now() + maxWaitMs;
      while (waiting() && performance.now() < until) await new Promise((r) => setTimeout(r, POLL_MS));
      await new Promise<void>((r) => setImmediate(r));
    },
  };
}
