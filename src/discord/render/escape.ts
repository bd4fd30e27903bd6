/**
 * Makes article text inert in Discord: no mention can render or ping, no masked link can
 * disguise a URL, and markdown in the text cannot break the answer's layout. Applied to every
 * piece of stored text (titles, outlets, speakers, sentences) before it goes into a message.
 */

const ZWSP = '\u200b';

// C0/C1 controls and bidi overrides: they could reorder or hide text.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Escapes markdown and neutralises mentions in article text (newlines are kept). */
export function safeText(text: string): string {
  return neutraliseMentions(escapeMarkdown(text.replace(CONTROLS, ' ')));
}

/** `@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&id>`, `<#id>`, `</cmd:id>`, `<:emoji:id>`, `<t:…>` shown as text. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(?=[@#:/]|a:|t:)/g, `<${ZWSP}`);
}

/**
 * Backslash-escapes markdown: emphasis, code, spoilers, strike-through, masked-link brackets
 * everywhere; headings, quotes and list markers at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_~|`[\]]/g, '\\$&').replace(/^(\s*)([>#-]|\d+\.)(?=\s|$|#)/gm, '$1\\$2');
}

/** A URL safe inside a masked link `[text](url)`: http(s) only, no characters that end the link; else null. */
export function safeLinkUrl(url: string | null, maxLength = 512): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const href = parsed.href.replace(
    /[()<>\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return href.length <= maxLength ? href : null;
}

/** `[text](url)` with the text escaped, or just the escaped text when the URL is unusable. */
export function maskedLink(text: string, url: string | null): string {
  const safeUrl = safeLinkUrl(url);
  return safeUrl ? `[${safeText(text)}](${safeUrl})` : safeText(text);
}

/** Cuts plain text (titles, outlets: never quotes or answer sentences) to a length with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
