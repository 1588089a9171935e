import { startDemoServer, type DemoServer } from '../../../scripts/demo-crm/server';

/** The demo CRM on a free loopback port, anchored at the machine's date like `npm start`. */
export function startTestDemoServer(): Promise<DemoServer> {
  return startDemoServer({ port: 0 });
}

export type { DemoServer };
