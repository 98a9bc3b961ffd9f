import { isDigitCode } from './chars';

/**
 * A time of day: "5 p.m.", "10:30 a.m.", "5pm", "17:00 GMT", "17 Uhr", "17.30 Uhr". It is no
 * figure a reporter checks against a source (a count of 17, or 17.3, would be a false one), so the
 * reader steps over it. Returns where the time ends, or undefined. A score such as "2:1" is no time:
 * minutes have two digits.
 */
export function clockTimeEnd(text: string, at: number): number | undefined {
  if (!isDigitCode(text.charCodeAt(at)) || (at > 0 && (isDigitCode(text.charCodeAt(at - 1)) || text[at - 1] === ':' || text[at - 1] === '.'))) return undefined;
  CLOCK_RE.lastIndex = at;
  const m = CLOCK_RE.exec(text);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 24 || minutes > 59) return undefined;
  // "10:30" alone is a time; "5" or "17.30" only with a marker after ("5 p.m.", "17.30 Uhr").
  if (m[3] === undefined && (m[2] === undefined || m[0][m[1].length] !== ':')) return undefined;
  return at + m[0].length;
}

/**
 * Hours, then minutes after ":" or "." (and seconds after ":"), then a marker: a.m./p.m., Uhr
 * or a time zone ("3 h" is three hours, not a time). The marker must not run on into a word
 * ("5 amendments", "17 Uhren").
 */
const CLOCK_RE = /(\d{1,2})(?:[:.](\d{2})(?::\d{2})?)?(?:[\s\u00a0]?((?:a\.m\.|p\.m\.|a\.m|p\.m|am|pm|AM|PM|Uhr|GMT|UTC|CET|CEST|MEZ|MESZ|EST|EDT|PST|PDT|BST)(?![\p{L}\p{N}])))?/uy;
