/**
 * `npm run extract -- <page.html> [--url <url>] [--adapter <id>] [--mapping <file>] [--today YYYY-MM-DD] [--no-scripts]`
 * `--mapping` reads the page with a taught mapping (a Mapping as saved by teach mode, or as found in a backup's `mappings`).
 * Prints `{ adapter, url, pageKind, deals, warnings }` as JSON (interfaces.md §2).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { extractHtml } from './extract/run';
import { readMappingFile } from './extract/mapping-file';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { url: { type: 'string' }, adapter: { type: 'string' }, mapping: { type: 'string' }, today: { type: 'string' }, 'no-scripts': { type: 'boolean' }, help: { type: 'boolean' } },
    });
  } catch (e) {
    process.stderr.write(`extract: ${(e as Error).message}\n`);
    return 2;
  }
  const file = args.positionals[0];
  if (args.values.help || !file) {
    process.stderr.write('usage: npm run extract -- <page.html> [--url <url>] [--adapter <id>] [--mapping <file>] [--today YYYY-MM-DD] [--no-scripts]\n');
    return file || args.values.help ? 0 : 2;
  }
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (e) {
    process.stderr.write(`extract: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 1;
  }
  let mapping;
  try {
    mapping = args.values.mapping ? await readMappingFile(args.values.mapping) : undefined;
  } catch (e) {
    process.stderr.write(`extract: ${(e as Error).message}\n`);
    return 1;
  }
  try {
    const out = await extractHtml(html, {
      ...(mapping ? { mapping } : {}),
      ...(args.values.url ? { url: args.values.url } : {}),
      ...(args.values.adapter ? { adapter: args.values.adapter } : {}),
      ...(args.values.today ? { today: args.values.today } : {}),
      runScripts: !args.values['no-scripts'],
    });
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`extract: ${(e as Error).message}\n`);
    return 1;
  }
}

main().then((code) => process.exit(code), (e: unknown) => {
  process.stderr.write(`extract: ${String(e)}\n`);
  process.exit(1);
});
