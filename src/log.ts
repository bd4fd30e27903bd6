import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * One pino logger writing to stderr (fd 2), so `--json` output on stdout stays parseable.
 * Secrets are redacted by path in case a config object or request is ever logged.
 */
export function createLogger(level: string = 'info'): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ['*.apiKey', '*.token', '*.authorization', 'config.anthropic.apiKey', 'config.discord.token'],
        censor: '***',
      },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}
