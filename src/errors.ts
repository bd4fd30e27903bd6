/**
 * An error the user caused and can fix (bad input, nothing found, no permission).
 * Surfaces show its message as-is, briefly; anything else is an internal error and is logged.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** A short machine-readable code for `--json` output, e.g. `not_found`, `bad_input`. */
  readonly code: string;
  constructor(message: string, code = 'bad_input') {
    super(message);
    this.code = code;
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}
