/**
 * One finding of `newsroom doctor`: what was checked, how it went, and how to fix it. Each part of
 * the program that owns a dependency (the database, Discord, Claude) checks it and reports these.
 */
export interface HealthCheck {
  name: string;
  status: 'ok' | 'warn' | 'fail' | 'skipped';
  detail: string;
  /** What to do about a warning or failure. */
  fix?: string;
}
