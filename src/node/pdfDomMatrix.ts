/**
 * The little of the DOM's DOMMatrix that pdf.js needs to extract text on Node, installed before
 * pdf.js loads. pdf.js 5's legacy build builds a DOMMatrix when its display module loads (a canvas
 * scale matrix, used only when rendering) and, in its worker, when it turns a Type3 font's bitmap
 * glyph into a path (`new DOMMatrix().scaleSelf(…).translateSelf(…)`, then reads a–f), which text
 * extraction does too, as it loads every font. On Node it takes DOMMatrix from the optional native
 * `@napi-rs/canvas`, which the VSIX does not carry (it is packed without node_modules): without
 * this, no PDF opens there ("DOMMatrix is not defined"). Rendering (Path2D, ImageData, a canvas)
 * is never asked for, so none of it is provided.
 */
export class PdfDomMatrix {
  // The 2D affine matrix [a c e; b d f; 0 0 1], named as the DOM names it.
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  /** The identity, or the matrix of six numbers [a, b, c, d, e, f] (the DOM's 2D form). */
  constructor(init?: readonly number[]) {
    if (init === undefined) return;
    if (init.length !== 6) throw new TypeError('PdfDomMatrix takes six numbers (a 2D matrix)');
    [this.a, this.b, this.c, this.d, this.e, this.f] = init;
  }

  /** This matrix times a scaling by (sx, sy) about the origin: the DOM's scaleSelf in 2D. */
  scaleSelf(sx = 1, sy = sx): this {
    this.a *= sx;
    this.b *= sx;
    this.c *= sy;
    this.d *= sy;
    return this;
  }

  /** This matrix times a translation by (tx, ty): the DOM's translateSelf in 2D. */
  translateSelf(tx = 0, ty = 0): this {
    this.e += this.a * tx + this.c * ty;
    this.f += this.b * tx + this.d * ty;
    return this;
  }
}

/** Gives pdf.js the DOMMatrix above when the platform has none (Node; a browser's own is kept). */
export function providePdfDomMatrix(): void {
  const global = globalThis as { DOMMatrix?: unknown };
  global.DOMMatrix ??= PdfDomMatrix;
}
