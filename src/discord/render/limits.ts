/** Discord's message and embed limits (characters, counted as UTF-16 units: never fewer than Discord counts). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedsTotal: 6000,
  embedsPerMessage: 10,
  buttonsPerRow: 5,
  customId: 100,
} as const;

/** Longest single block (one answer line) before it is split between sentences. */
export const MAX_BLOCK = 3000;
