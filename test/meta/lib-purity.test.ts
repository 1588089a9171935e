import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * lib/ is pure (architecture.md §4): only lib/db and lib/messaging may touch extension or page
 * globals. Adapters see the DOM only through the root node they are given. Checked on the syntax
 * tree, so comments, strings and property names such as `root.ownerDocument` do not count.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const LIB = join(ROOT, 'lib');
const ALLOWED_DIRS = ['lib/db', 'lib/messaging'];
const FORBIDDEN_GLOBALS = new Set([
  'browser', 'chrome', 'navigator', 'window', 'document', 'globalThis', 'self',
  'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'WebSocket',
]);
const FORBIDDEN_MODULES = [/^wxt\/browser$/, /^wxt\/utils\/storage$/, /^@webext-core\//, /^webextension-polyfill$/];

export function violations(source: string, fileName = 'x.ts'): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const where = (n: ts.Node): string => `${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const spec = node.moduleSpecifier.text;
      if (FORBIDDEN_MODULES.some((re) => re.test(spec))) found.push(`line ${where(node)}: imports ${spec}`);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteral(arg) && FORBIDDEN_MODULES.some((re) => re.test(arg.text))) found.push(`line ${where(node)}: imports ${arg.text}`);
    }
    if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text)) {
      const p = node.parent;
      const isMemberName =
        (ts.isPropertyAccessExpression(p) && p.name === node) ||
        (ts.isQualifiedName(p) && p.right === node) ||
        ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) ||
          ts.isMethodSignature(p) || ts.isBindingElement(p) || ts.isParameter(p)) && p.name === node) ||
        (ts.isBindingElement(p) && p.propertyName === node);
      if (!isMemberName) found.push(`line ${where(node)}: uses the global \`${node.text}\``);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

describe('lib/ purity', () => {
  it('the checker catches globals and extension imports, and ignores look-alikes', () => {
    expect(violations('const rows = document.querySelectorAll("tr");')).toHaveLength(1);
    expect(violations('browser.storage.local.get("x");')).toHaveLength(1);
    expect(violations('if (typeof window !== "undefined") {}')).toHaveLength(1);
    expect(violations("import { browser } from 'wxt/browser';")).toHaveLength(2);
    expect(violations("import { storage } from 'wxt/utils/storage';")).toHaveLength(1);
    expect(violations("import { x } from '@webext-core/messaging';")).toHaveLength(1);
    expect(violations('const lang = navigator.language;')).toHaveLength(1);
    expect(violations('await fetch("https://example.com");')).toHaveLength(1);
    expect(violations('const d = root.ownerDocument; const o = { document: 1, window: 2 }; o.window;')).toEqual([]);
    expect(violations('// document.title in a comment\nconst s = "window.open";')).toEqual([]);
    expect(violations('function f({ document }: { document: number }) { return 1; }')).toEqual([]);
  });

  it('no module in lib/ other than lib/db and lib/messaging touches a browser API or page global', () => {
    const files = sourceFiles(LIB).filter((f) => !ALLOWED_DIRS.some((d) => relative(ROOT, f).startsWith(`${d}/`)));
    expect(files.length).toBeGreaterThan(10);
    const report = files.flatMap((f) => violations(readFileSync(f, 'utf8'), f).map((v) => `${relative(ROOT, f)} ${v}`));
    expect(report, `lib/ must stay pure (pass the root node / values in instead):\n${report.join('\n')}`).toEqual([]);
  });
});
