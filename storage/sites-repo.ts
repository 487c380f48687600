/** The per-site switch. */
import type { GlossDb } from './db';

/** Whether Gloss runs on a host; on by default. */
export async function isSiteEnabled(db: GlossDb, host: string): Promise<boolean> {
  return (await db.sites.get(host))?.enabled ?? true;
}

/** Turns Gloss on or off for a host. Only "off" needs a row: "on" deletes it. */
export async function setSiteEnabled(
  db: GlossDb,
  host: string,
  enabled: boolean,
): Promise<boolean> {
  if (enabled) await db.sites.delete(host);
  else await db.sites.put({ host, enabled });
  return enabled;
}
