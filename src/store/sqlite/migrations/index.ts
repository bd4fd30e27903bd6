import { articlesMigration } from './001-articles.js';
import { fulltextMigration } from './002-fulltext.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every migration, oldest first. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [articlesMigration, fulltextMigration];
