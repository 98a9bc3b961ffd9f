/**
 * Text from sources and drafts (keys, titles, messages that quote them, paths) is printed to a
 * terminal, where ESC, CSI and OSC sequences would recolour, retitle or rewrite the screen, and
 * bidirectional overrides would reorder what is shown. Every output format passes such text
 * through here: control characters (C0 including tabs and line breaks, DEL, C1) and bidi controls become
 * visible escapes.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character shown as an escape (`\x1b`, `\u202e`). */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * JSON for a terminal or a file: JSON.stringify already escapes C0; DEL, C1 and bidi controls are
 * escaped too (`\u009b`), which is still the same JSON value.
 */
export function safeJson(value: unknown, space = 2): string {
  return JSON.stringify(value, null, space).replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
