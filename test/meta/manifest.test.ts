import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'wxt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRM_HOST_PATTERNS, DEMO_HOST_PATTERNS } from '../../lib/crm/hosts';

/**
 * Builds the store and demo manifests into a temp dir (never touching .output, which other runs
 * use) and pins what Pacer may ask the browser for. Every permission must be explained in
 * docs/permissions.md.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const FORBIDDEN = ['<all_urls>', 'tabs', 'cookies', 'webRequest', 'webRequestBlocking', 'history', 'debugger', 'identity', 'management'];
const PINNED_PERMISSIONS = ['alarms', 'scripting', 'storage', 'unlimitedStorage'];
const PINNED_OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

/** The manifest fields this test reads (the built manifest is plain JSON). */
interface ManifestJson {
  name?: string;
  description?: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  icons?: Record<string, string>;
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: { resources: string[]; matches?: string[] }[];
}

let outDir: string;
let store: ManifestJson;
let demo: ManifestJson;

async function buildManifest(mode: string): Promise<ManifestJson> {
  const result = await build({ root: ROOT, outDir: join(outDir, mode), mode, browser: 'chrome', logLevel: 1 } as Parameters<typeof build>[0]);
  return result.manifest as unknown as ManifestJson;
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'pacer-manifest-'));
  store = await buildManifest('production');
  demo = await buildManifest('demo');
}, 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const hostsOf = (m: ManifestJson): string[] => [
  ...(m.host_permissions ?? []),
  ...(m.content_scripts ?? []).flatMap((s) => s.matches ?? []),
];

describe('store manifest', () => {
  it('asks only for the pinned permissions', () => {
    expect([...(store.permissions ?? [])].sort()).toEqual(PINNED_PERMISSIONS);
    expect([...(store.optional_host_permissions ?? [])].sort()).toEqual(PINNED_OPTIONAL_HOSTS);
    expect(store.optional_permissions ?? []).toEqual([]);
  });

  it('has host permissions only for the CRM domains with adapters', () => {
    expect([...(store.host_permissions ?? [])].sort()).toEqual([...CRM_HOST_PATTERNS].sort());
    for (const match of hostsOf(store)) expect(CRM_HOST_PATTERNS as readonly string[]).toContain(match);
  });

  it('never has <all_urls>, tabs, cookies, webRequest, history or a localhost match', () => {
    const text = JSON.stringify(store);
    for (const word of FORBIDDEN) expect(text).not.toContain(`"${word}"`);
    expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('has a name, description and the icons', () => {
    expect(store.name).toBeTruthy();
    expect(store.description).toBeTruthy();
    expect(Object.keys(store.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
  });
});

describe('demo manifest', () => {
  it('adds the demo CRM on loopback, and nothing else', () => {
    expect(hostsOf(demo)).toEqual(expect.arrayContaining([...DEMO_HOST_PATTERNS]));
    const extra = hostsOf(demo).filter((h) => !(CRM_HOST_PATTERNS as readonly string[]).includes(h));
    expect([...new Set(extra)].sort()).toEqual([...DEMO_HOST_PATTERNS].sort());
    expect([...(demo.permissions ?? [])].sort()).toEqual(PINNED_PERMISSIONS);
  });

  it("lets the demo pages load the sidebar's CSS (web-accessible on the demo hosts too)", () => {
    const css = (demo.web_accessible_resources ?? []).filter((r) => r.resources.some((f) => f.endsWith('.css')));
    expect(css.length).toBeGreaterThan(0);
    for (const r of css) expect(r.matches).toEqual(expect.arrayContaining([...DEMO_HOST_PATTERNS]));
  });
});

describe('docs/permissions.md', () => {
  const documented = new Set(
    readFileSync(join(ROOT, 'docs', 'permissions.md'), 'utf8')
      .split('\n')
      .filter((line) => /^\|\s*`/.test(line))
      .map((line) => /^\|\s*`([^`]+)`/.exec(line)?.[1] as string),
  );

  it('documents every permission and host of the store manifest', () => {
    const used = [
      ...(store.permissions ?? []),
      ...(store.host_permissions ?? []),
      ...(store.optional_host_permissions ?? []),
    ];
    expect(used.filter((p) => !documented.has(p))).toEqual([]);
  });
});
