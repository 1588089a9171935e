import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Builds } from './build';
import { makeMeasure, type Measure } from './measure';

/**
 * Measure 7: what a CRM page makes the browser load. For every built-in CRM host the store
 * manifest's content scripts that match it are added up (gzip, zlib's default level, like
 * bundle-size tools); the script registered at runtime for custom domains is sized too. The
 * store zip is reported as it is (what a user downloads).
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

/**
 * The script `sites.add` registers for a custom domain not tied to a built-in CRM
 * (entrypoints/background/handlers/sites.ts); a domain tied to a CRM gets that CRM's own
 * script, measured above.
 */
function customDomainScript(root: string): string | null {
  const src = readFileSync(join(root, 'entrypoints', 'background', 'handlers', 'sites.ts'), 'utf8');
  return /GENERIC_SCRIPT\s*=\s*'([^']+)'/.exec(src)?.[1] ?? null;
}

export function sizeMeasures(builds: Builds, root: string): Measure[] {
  const manifest = JSON.parse(readFileSync(join(builds.storeDir, 'manifest.json'), 'utf8')) as { content_scripts?: ContentScript[] };
  const scripts = manifest.content_scripts ?? [];
  const perCrm = new Map<string, { js: number; css: number; files: Set<string> }>();
  for (const s of scripts) {
    for (const pattern of s.matches ?? []) {
      const crm = CRM_OF.find(([re]) => re.test(pattern))?.[1] ?? pattern;
      const entry = perCrm.get(crm) ?? { js: 0, css: 0, files: new Set<string>() };
      for (const f of s.js ?? []) if (!entry.files.has(f)) { entry.files.add(f); entry.js += gz(join(builds.storeDir, f)); }
      for (const f of s.css ?? []) if (!entry.files.has(f)) { entry.files.add(f); entry.css += gz(join(builds.storeDir, f)); }
      perCrm.set(crm, entry);
    }
  }
  const out: Measure[] = [];
  for (const [crm, e] of [...perCrm].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    out.push(makeMeasure({
      id: `content-script-gzip-${crm}`,
      label: `content script(s) a ${crm} page loads (${[...e.files].join(' + ')}), gzip`,
      unit: 'KB',
      samples: [kb(e.js)],
      goal: { kind: 'value-max', max: 25 },
      notes: { files: [...e.files].join(' '), cssGzipKB: Number(kb(e.css).toFixed(1)) },
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
      notes: { file: custom },
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
