import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRM_HOST_PATTERNS, DEMO_HOST_PATTERNS } from '../../lib/crm/hosts';

/**
 * Builds the Chrome store, Chrome demo and Firefox store manifests into a temp dir (never touching
 * .output, which other runs use) and pins what Pacer may ask each browser for. The pin is
 * docs/permissions.md itself: a permission or host that appears in a manifest without a row (and a
 * reason) there fails, and so does a row for something no manifest asks for any more. The same
 * builds are scanned for eval-like code (the MV3 CSP would block it; none may be shipped).
 */
const ROOT = join(import.meta.dirname, '..', '..');
const FORBIDDEN = ['<all_urls>', 'tabs', 'cookies', 'webRequest', 'webRequestBlocking', 'history', 'debugger', 'identity', 'management', 'nativeMessaging', 'downloads', 'clipboardRead'];

/** The manifest fields this test reads (the built manifest is plain JSON). */
interface ManifestJson {
  manifest_version?: number;
  name?: string;
  description?: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  icons?: Record<string, string>;
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: { resources: string[]; matches?: string[] }[];
  content_security_policy?: unknown;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
}

let outDir: string;
let chromeStore: ManifestJson;
let chromeDemo: ManifestJson;
let firefoxStore: ManifestJson;

/**
 * `npm test` builds the demo (`npm run build:demo`, i.e. `wxt build --mode demo` for Chrome: the
 * very build below) right before the unit tests and names its output in PACER_FRESH_DEMO_BUILD,
 * so this test reads that build instead of making the same one again (about a third of this
 * test's time on a 2-core machine). Run on its own, the test builds all three.
 */
const freshDemo = process.env.PACER_FRESH_DEMO_BUILD?.trim();
const FRESH_DEMO = freshDemo ? resolve(ROOT, freshDemo) : null;
/** Where each build's files are: `${browser}-${mode}` → folder (the eval scan reads them all). */
const buildDirs = new Map<string, string>();

function readManifest(dir: string): ManifestJson {
  const file = readdirSync(dir, { recursive: true, withFileTypes: true }).find((e) => e.isFile() && e.name === 'manifest.json');
  if (!file) throw new Error(`no manifest.json in ${dir}`);
  return JSON.parse(readFileSync(join(file.parentPath, file.name), 'utf8')) as ManifestJson;
}

/** One build in its own process (build-child.ts), so the three run side by side; its manifest as written. */
async function buildManifest(mode: string, browser: 'chrome' | 'firefox'): Promise<ManifestJson> {
  if (FRESH_DEMO && mode === 'demo' && browser === 'chrome') {
    buildDirs.set(`${browser}-${mode}`, FRESH_DEMO);
    return readManifest(FRESH_DEMO);
  }
  const dir = join(outDir, `${browser}-${mode}`);
  buildDirs.set(`${browser}-${mode}`, dir);
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'build-child.ts'), mode, browser, dir], {
    cwd: ROOT,
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (b: Buffer) => { output += b.toString(); });
  child.stderr.on('data', (b: Buffer) => { output += b.toString(); });
  const code = await new Promise<number | null>((res, rej) => { child.on('error', rej); child.on('close', res); });
  if (code !== 0) throw new Error(`the ${browser} ${mode} build failed (exit ${code}):\n${output}`);
  return readManifest(dir);
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'pacer-manifest-'));
  [chromeStore, chromeDemo, firefoxStore] = await Promise.all([
    buildManifest('production', 'chrome'),
    buildManifest('demo', 'chrome'),
    buildManifest('production', 'firefox'),
  ]);
}, 420_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** `| \`name\` | reason |` rows of docs/permissions.md, per `## ` section; a row needs a real reason. */
function documentedRows(): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current = '';
  for (const line of readFileSync(join(ROOT, 'docs', 'permissions.md'), 'utf8').split('\n')) {
    const heading = /^##\s+(.+)$/.exec(line);
    if (heading?.[1]) current = heading[1].trim().toLowerCase();
    const row = /^\|\s*`([^`]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (row?.[1]) {
      const rows = sections.get(current) ?? new Map<string, string>();
      rows.set(row[1], (row[2] ?? '').trim());
      sections.set(current, rows);
    }
  }
  return sections;
}
const docs = documentedRows();
const section = (name: string): string[] => [...(docs.get(name)?.keys() ?? [])].sort();
const DOC_API = section('api permissions');
const DOC_HOSTS = section('host permissions (content script matches)');
const DOC_OPTIONAL = section('optional host permissions');

const hostsOf = (m: ManifestJson): string[] => [
  ...(m.host_permissions ?? []),
  ...(m.content_scripts ?? []).flatMap((s) => s.matches ?? []),
];
const sorted = (xs: readonly string[] | undefined): string[] => [...(xs ?? [])].sort();

describe('docs/permissions.md is the pin', () => {
  it('has a reason for every row and the three tables', () => {
    expect(DOC_API).toContain('storage');
    expect(DOC_HOSTS.length).toBeGreaterThan(0);
    expect(DOC_OPTIONAL.length).toBeGreaterThan(0);
    for (const rows of docs.values()) for (const [name, why] of rows) expect(why.length, `reason for ${name}`).toBeGreaterThan(8);
  });

  it('documents exactly the CRM hosts with a built-in reader', () => {
    expect(DOC_HOSTS).toEqual(sorted(CRM_HOST_PATTERNS));
  });
});

describe.each([
  ['chrome', () => chromeStore],
  ['firefox', () => firefoxStore],
] as const)('%s store manifest', (_browser, manifest) => {
  it('is MV3 and asks only for the documented permissions', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(3);
    expect(sorted(m.permissions), 'add a row with the reason to docs/permissions.md').toEqual(DOC_API);
    expect(sorted(m.optional_host_permissions)).toEqual(DOC_OPTIONAL);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('has host permissions and content-script matches only for the documented CRM domains', () => {
    const m = manifest();
    expect(sorted(m.host_permissions)).toEqual(DOC_HOSTS);
    for (const match of hostsOf(m)) expect(DOC_HOSTS).toContain(match);
  });

  it('loads exactly one content script on each built-in CRM host (one sidebar a page), and on every one', () => {
    const matches = (manifest().content_scripts ?? []).flatMap((s) => s.matches ?? []);
    expect(sorted(matches)).toEqual(sorted(CRM_HOST_PATTERNS));
  });

  it('never has <all_urls>, tabs, cookies, webRequest, history or a localhost match', () => {
    const text = JSON.stringify(manifest());
    for (const word of FORBIDDEN) expect(text).not.toContain(`"${word}"`);
    expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('keeps the MV3 default CSP on extension pages (no content_security_policy override)', () => {
    expect(manifest().content_security_policy).toBeUndefined();
  });

  it('has a name, description and the icons', () => {
    const m = manifest();
    expect(m.name).toBeTruthy();
    expect(m.description).toBeTruthy();
    expect(Object.keys(m.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
  });
});

describe('firefox manifest', () => {
  it('has an add-on id and declares that no data is collected', () => {
    const gecko = firefoxStore.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });
});

describe('demo manifest', () => {
  it('adds the demo CRM on loopback, and nothing else', () => {
    expect(hostsOf(chromeDemo)).toEqual(expect.arrayContaining([...DEMO_HOST_PATTERNS]));
    const extra = hostsOf(chromeDemo).filter((h) => !(CRM_HOST_PATTERNS as readonly string[]).includes(h));
    expect([...new Set(extra)].sort()).toEqual([...DEMO_HOST_PATTERNS].sort());
    expect(sorted(chromeDemo.permissions)).toEqual(DOC_API);
    expect(chromeDemo.content_security_policy).toBeUndefined();
  });

  it("lets the demo pages load the sidebar's CSS (web-accessible on the demo hosts too)", () => {
    const css = (chromeDemo.web_accessible_resources ?? []).filter((r) => r.resources.some((f) => f.endsWith('.css')));
    expect(css.length).toBeGreaterThan(0);
    for (const r of css) expect(r.matches).toEqual(expect.arrayContaining([...DEMO_HOST_PATTERNS]));
  });
});

/** Every .js file of a build output. */
function scripts(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => { const file = join(e.parentPath, e.name); return { file: file.slice(dir.length + 1), text: readFileSync(file, 'utf8') }; });
}

/** Code that compiles strings at runtime. */
const EVAL_LIKE: [string, RegExp][] = [
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['Function("…")', /(?<![\w$.])Function\s*\(\s*["'`]/],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['aliased Function constructor', /[=(,]\s*Function\s*[;,)]/],
];
/**
 * zod's optional JIT is the one known use: its `allowsEval` probe (`const F = Function; new F("")`
 * in try/catch, as terser or esbuild minify it) and `Doc.compile()`. Neither runs: lib/domain/primitives.ts sets
 * `z.config({ jitless: true })` (tested in test/unit/domain/zod-jitless.test.ts).
 */
const ZOD_PROBE = /navigator\?\.userAgent\?\.includes\("Cloudflare"\)\)return!1;try\{(?:const \w+=Function;return new \w+|return new Function)\(""\),!0\}catch(?:\(\w+\))?\{return!1\}|compile\(\)\{const \w+=Function,\w+=this\?\.content\?\?\[""\];return new \w+\(/g;

describe.each(['chrome-production', 'chrome-demo', 'firefox-production'])('%s bundles', (name) => {
  it('contain no eval, new Function or string-compiled timers', () => {
    const dir = buildDirs.get(name);
    if (!dir) throw new Error(`no ${name} build`);
    const files = scripts(dir);
    expect(files.length).toBeGreaterThan(2);
    const hits: string[] = [];
    for (const { file, text } of files) {
      const code = text.replace(ZOD_PROBE, '');
      for (const [what, re] of EVAL_LIKE) {
        const m = re.exec(code);
        if (m) hits.push(`${file}: ${what}: …${code.slice(Math.max(0, m.index - 60), m.index + 60)}…`);
      }
    }
    expect(hits).toEqual([]);
  });
});

describe('the eval scan', () => {
  it('catches each pattern it claims to', () => {
    const samples = ['x=eval("1")', 'new Function("return 1")', 'Function("a","b")', 'setTimeout("x()",1)', 'const F=Function;new F("")'];
    for (const sample of samples) expect(EVAL_LIKE.some(([, re]) => re.test(sample)), sample).toBe(true);
    for (const fine of ['page.evaluate(() => 1)', 'x.eval2(1)', 'typeof Function', 'setTimeout(() => 1, 5)']) {
      expect(EVAL_LIKE.some(([, re]) => re.test(fine)), fine).toBe(false);
    }
  });
});
