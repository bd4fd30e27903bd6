import type { Client } from 'discord.js';
import type { App } from '../../app/app.js';
import { CorrectionNotices } from '../../corrections/notices.js';
import type { Logger } from '../../log.js';
import type { Ticker } from '../../ticker.js';
import { discordAnswerEditor } from './editor.js';

/**
 * Starts the job that marks posted answers whose cited articles were updated (editing them through
 * the bot's client) and forgets posts after 30 days, for the servers this client is in.
 */
export function startCorrectionNotices(
  app: Pick<App, 'postedAnswers' | 'corrections' | 'clock'>,
  o: { client: Client; ticker: Ticker; log: Logger },
): CorrectionNotices {
  const notices = new CorrectionNotices({
    posts: app.postedAnswers,
    corrections: app.corrections,
    editor: discordAnswerEditor(o.client),
    clock: app.clock,
    log: o.log,
    guilds: () => [...o.client.guilds.cache.keys()],
  });
  notices.start(o.ticker);
  return notices;
}
