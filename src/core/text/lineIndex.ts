import { firstIndex } from '../firstIndex';
import type { Position, Range, Span } from '../types';

/**
 * Converts between UTF-16 offsets and 0-based line/character positions for one text.
 * Built once per text; lookups are a binary search over line starts.
 * A line ends at "\n", "\r\n" or a lone "\r" (as VS Code and remark count lines); the "\r" of a
 * "\r\n" belongs to the line ending, not to the line's characters.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    const line = firstIndex(starts.length, (i) => starts[i] <= clamped) - 1;
    return { line, character: clamped - starts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length + 1;
    return Math.min(start + Math.max(0, position.character), next - 1, this.text.length);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
