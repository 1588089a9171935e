import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { demoBackup } from './backup';
import { localToday } from './dates';
import { generateDemoDeals } from './generate';
import { DEFAULT_DEMO_PORT, startDemoServer } from './server';

/**
 * The demo CRM from the command line:
 *   node --import tsx scripts/demo-crm/cli.ts serve  [--port 5178] [--today YYYY-MM-DD] [--user NAME]
 *   node --import tsx scripts/demo-crm/cli.ts backup [--out file.json] [--today …] [--base-url http://127.0.0.1:5178]
 *   node --import tsx scripts/demo-crm/cli.ts deals  [--today …]   (the raw generated deals as JSON)
 * The port also comes from DEMO_CRM_PORT.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string' },
    today: { type: 'string' },
    user: { type: 'string' },
    out: { type: 'string' },
    'base-url': { type: 'string' },
    seed: { type: 'string' },
  },
});

const command = positionals[0] ?? 'serve';
const today = values.today ?? localToday();
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today must be YYYY-MM-DD, got ${today}`);
const seed = values.seed === undefined ? undefined : Number(values.seed);

if (command === 'serve') {
  const port = Number(values.port ?? process.env.DEMO_CRM_PORT ?? DEFAULT_DEMO_PORT);
  const server = await startDemoServer({ port, today, ...(seed === undefined ? {} : { seed }), ...(values.user ? { user: values.user } : {}) });
  console.log(`Harbor CRM (demo) on ${server.url}/deals — ${server.deals.length} deals, signed in as ${server.user}. Ctrl+C stops it.`);
  const stop = (): void => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else if (command === 'backup' || command === 'deals') {
  const deals = generateDemoDeals({ today, ...(seed === undefined ? {} : { seed }) });
  const doc =
    command === 'deals'
      ? deals
      : demoBackup(deals, { exportedAt: `${today}T09:00:00.000Z`, today, ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}) });
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
} else {
  console.error(`Unknown command "${command}". Use serve, backup or deals.`);
  process.exit(2);
}
