/**
 * What kind of mistake a UserError reports, for `--json` output and logs: bad input, a setting to
 * fix, nothing found, no permission, a clash with what is stored, a model that declined, or a
 * store that cannot be used (damaged, full or locked database file).
 */
export type UserErrorCode =
  'bad_input' | 'bad_config' | 'not_found' | 'forbidden' | 'conflict' | 'refused' | 'unavailable';

/**
 * An error the user caused and can fix (bad input, nothing found, no permission).
 * Surfaces show its message as-is, briefly; anything else is an internal error and is logged.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  readonly code: UserErrorCode;
  constructor(message: string, code: UserErrorCode = 'bad_input') {
    super(message);
    this.code = code;
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}
