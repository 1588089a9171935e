import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Builds } from './build';
import { makeMeasure, type Measure } from './measure';

/**
 * Measure 7: what a CRM page makes the browser load. For every built-in CRM host pattern the
 * store manifest's content scripts that match it are added up (gzip, zlib's default level, like
 * bundle-size tools); a CRM whose hosts load different scripts (Salesforce: Lightning on
 * *.lightning.force.com, Classic on *.my.salesforce.com) is reported by its heaviest host, since
 * a page loads one host's scripts, never both. The script registered at runtime for custom
 * domains is sized too. The store zip is reported as it is (what a user downloads).
 */
interface ContentScript { matches?: string[]; js?: string[]; css?: string[] }

const CRM_OF: [RegExp, string][] = [
  [/force\.com|salesforce\.com/, 'salesforce'],
  [/hubspot/, 'hubspot'],
  [/pipedrive/, 'pipedrive'],
  [/zoho/, 'zoho'],
  [/dynamics/, 'dynamics'],
];

const gz = (file: string): number => gzipSync(readFileSync(file)).length;
const kb = (bytes: number): number => bytes / 1024;

interface Loaded { js: number; css: number; files: Set<string>; hosts: string[] }

/** Per host pattern: every script and stylesheet a page on it loads, sized once each. */
function perHost(storeDir: string, scripts: readonly ContentScript[]): Map<string, Loaded> {
  const hosts = new Map<string, Loaded>();
  for (const s of scripts) {
    for (const pattern of s.matches ?? []) {
      const entry = hosts.get(pattern) ?? { js: 0, css: 0, files: new Set<string>(), hosts: [pattern] };
      for (const f of s.js ?? []) if (!entry.files.has(f)) { entry.files.add(f); entry.js += gz(join(storeDir, f)); }
      for (const f of s.css ?? []) if (!entry.files.has(f)) { entry.files.add(f); entry.css += gz(join(storeDir, f)); }
      hosts.set(pattern, entry);
    }
  }
  return hosts;
}

/**
 * The script `sites.add` registers for a custom domain not tied to a built-in CRM
 * (entrypoints/background/handlers/sites.ts); a domain tied to a CRM gets that CRM's own
 * script, measured above.
 */
function customDomainScript(root: string): string | null {
  const src = readFileSync(join(root, 'entrypoints', 'background', 'handlers', 'sites.ts'), 'utf8');
  return /GENERIC_SCRIPT\s*=\s*'([^']+)'/.exec(src)?.[1] ?? null;
}

/**
 * Detail, not counted: the scripts the background injects into a page only on demand
 * (entrypoints/background/handlers/teach-inject.ts: teach mode when the user teaches, the
 * taught-mapping reader once a page has a mapping), gzip KB each, so what such a page adds is visible.
 */
function onDemandNotes(root: string, storeDir: string): Record<string, number> {
  const src = readFileSync(join(root, 'entrypoints', 'background', 'handlers', 'teach-inject.ts'), 'utf8');
  const out: Record<string, number> = {};
  for (const m of src.matchAll(/'(content-scripts\/[\w-]+\.js)'/g)) {
    const file = m[1] as string;
    out[`onDemandGzipKB:${file}`] = Number(kb(gz(join(storeDir, file))).toFixed(1));
  }
  return out;
}

export function sizeMeasures(builds: Builds, root: string): Measure[] {
  const onDemand = onDemandNotes(root, builds.storeDir);
  const manifest = JSON.parse(readFileSync(join(builds.storeDir, 'manifest.json'), 'utf8')) as { content_scripts?: ContentScript[] };
  const scripts = manifest.content_scripts ?? [];
  // Per CRM: the heaviest of its hosts (hosts loading the same files are one entry, all named).
  const perCrm = new Map<string, Loaded>();
  for (const [pattern, loaded] of perHost(builds.storeDir, scripts)) {
    const crm = CRM_OF.find(([re]) => re.test(pattern))?.[1] ?? pattern;
    const have = perCrm.get(crm);
    if (!have || loaded.js > have.js) perCrm.set(crm, loaded);
    else if (loaded.js === have.js && [...loaded.files].join() === [...have.files].join()) have.hosts.push(pattern);
  }
  const out: Measure[] = [];
  for (const [crm, e] of [...perCrm].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    out.push(makeMeasure({
      id: `content-script-gzip-${crm}`,
      label: `content script(s) a ${crm} page loads (${[...e.files].join(' + ')}; heaviest host), gzip`,
      unit: 'KB',
      samples: [kb(e.js)],
      goal: { kind: 'value-max', max: 25 },
      notes: { files: [...e.files].join(' '), hosts: e.hosts.join(' '), cssGzipKB: Number(kb(e.css).toFixed(1)), ...onDemand },
    }));
  }
  const custom = customDomainScript(root);
  if (custom) {
    out.push(makeMeasure({
      id: 'content-script-gzip-custom-domain',
      label: `content script registered for custom CRM domains not tied to a built-in CRM (${custom}), gzip`,
      unit: 'KB',
      samples: [kb(gz(join(builds.storeDir, custom)))],
      goal: { kind: 'value-max', max: 25 },
      notes: { file: custom, ...onDemand },
    }));
  }
  out.push(makeMeasure({
    id: 'store-zip-size',
    label: 'store zip (wxt zip, Chrome)',
    unit: 'KB',
    samples: [kb(statSync(builds.zipFile).size)],
    goal: { kind: 'none' },
  }));
  return out;
}
