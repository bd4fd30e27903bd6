import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real SQLite files and loopback servers: give slow CI machines room, but never rely on timing.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
