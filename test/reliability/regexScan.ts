import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  /** Repository-relative file. */
  file: string;
  line: number;
  /** The expression as written, to name it in a listing. */
  code: string;
  /** The pattern and flags, when they are known without running the code. */
  pattern?: string;
  flags?: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A string the expression stands for without running anything: literals, String.raw`…`, `+` of those. */
function staticString(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw' && ts.isNoSubstitutionTemplateLiteral(node.template)) {
    return node.template.rawText;
  }
  if (ts.isParenthesizedExpression(node)) return staticString(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = staticString(node.left);
    const right = staticString(node.right);
    return left !== undefined && right !== undefined ? left + right : undefined;
  }
  return undefined;
}

/**
 * Every regular expression in the TypeScript files under `root/src`: regex literals, and
 * `new RegExp(…)` / `RegExp(…)` calls (with their pattern when it is a static string), found
 * with the TypeScript parser, so whatever regexes the code holds at test time are scanned.
 */
export function findRegexes(root: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const path of filesUnder(join(root, 'src'))) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const file = relative(root, path).split('\\').join('/');
    const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        found.push({ file, line: at(node), code: text, pattern: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
        const [patternArg, flagsArg] = node.arguments ?? [];
        const pattern = patternArg ? staticString(patternArg) : undefined;
        const flags = flagsArg ? staticString(flagsArg) : '';
        found.push({ file, line: at(node), code: node.getText().replace(/\s+/g, ' '), ...(pattern !== undefined && flags !== undefined ? { pattern, flags } : {}) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
