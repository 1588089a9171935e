/**
 * How many `deals.ingest` writes this service worker is running now. Work that only prepares
 * for later (the team view recomputed after a write, ./team-view-cache.ts) waits while a big
 * first read is still being stored message after message, instead of loading tens of thousands
 * of deals between its batches and making each batch wait (issue #10, the hostile 50k e2e).
 */
let inFlight = 0;

export async function writing<T>(write: () => Promise<T>): Promise<T> {
  inFlight++;
  try {
    return await write();
  } finally {
    inFlight--;
  }
}

export const writesInFlight = (): number => inFlight;
