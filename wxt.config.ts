import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { CRM_HOST_PATTERNS, DEMO_HOST_PATTERNS } from './lib/crm/hosts';

// Demo builds (`npm run build:demo`, `npm start`, e2e) add the bundled demo CRM on 127.0.0.1.
// Store builds never match localhost (issue #2, acceptance).
const isDemo = (mode: string): boolean => mode === 'demo' || mode === 'development';

export default defineConfig({
  imports: false,
  webExt: { disabled: true },
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  // MV3 for every browser, Firefox too (docs/security.md): WXT's Firefox MV2 default would drop
  // optional_host_permissions (custom CRM domains) and the MV3 default CSP.
  manifestVersion: 3,
  // `npm run zip`: the store packages, plus for Firefox the sources zip AMO reviewers rebuild from
  // (`npm ci && npm run build:firefox`). Tests, fixtures, the demo CRM, screenshots and scripts are
  // not needed to build the add-on, so they stay out (WXT already leaves out node_modules, dot files
  // and .output).
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    excludeSources: [
      'test/**',
      'scripts/**',
      'screenshots/**',
      'docs/screenshots/**',
      'bench-results/**',
      'dist/**',
      '*.log',
      'vitest.config.ts',
      'vitest.e2e.config.ts',
    ],
  },
  vite: (env) => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // terser, not esbuild's minifier: ~0.7 KB gzip less per content script (each has 25 KB, issue #7).
    build: { target: 'es2022', minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 2 } } },
    // Built content scripts get a `ctx` cut down to what they use (entrypoints/crm.content/
    // script-context.ts, ~0.3 KB gzip less per CRM script); dev and tests keep WXT's own.
    ...(env.command === 'build'
      ? { resolve: { alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./entrypoints/crm.content/script-context.ts', import.meta.url)) }] } }
      : {}),
  }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'scripting', 'unlimitedStorage'],
    host_permissions: [...CRM_HOST_PATTERNS, ...(isDemo(mode) ? DEMO_HOST_PATTERNS : [])],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // Firefox MV3 requires an add-on id; Pacer collects and transmits no data at all.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'pacer@pacer.extension', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandToggleSidebar__',
      },
    },
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      const demo = isDemo(wxt.config.mode);
      // The sidebar's CSS (cssInjectionMode 'ui') is fetched from web_accessible_resources, which
      // WXT scopes to the content script's declared matches: the demo hosts need it too. The
      // all-readers script (entrypoints/crm.content) is registered at runtime, so WXT gives its
      // CSS no matches: an empty entry is dropped from store builds.
      const resources = manifest.web_accessible_resources ?? [];
      for (const resource of resources) {
        if (demo && typeof resource === 'object' && 'matches' in resource) {
          resource.matches = [...new Set([...(resource.matches ?? []), ...DEMO_HOST_PATTERNS])];
        }
      }
      const kept = resources.filter((r: (typeof resources)[number]) => typeof r !== 'object' || !('matches' in r) || (r.matches?.length ?? 0) > 0);
      manifest.web_accessible_resources = kept as typeof resources;
      if (!demo) return;
      // The demo CRM gets the all-readers script (demo adapter, generic readers, teach mode),
      // never the per-CRM scripts: one sidebar per page.
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: [...DEMO_HOST_PATTERNS], js: ['content-scripts/crm.js'], run_at: 'document_idle' },
      ];
    },
  },
});
