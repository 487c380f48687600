/** Receives runtime messages, checks them, and answers with the handlers' results. */
import { browser } from 'wxt/browser';
import type { Reply, RequestType } from '../../messaging/protocol';
import { parseEnvelope } from '../../messaging/validate';
import { getDb } from '../../storage/db';
import { describeStorageError, handlers } from './handlers';

/**
 * Installs the message listener. Only this extension's own scripts and pages are answered; the
 * request is validated before any handler sees it.
 */
export function installRouter(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const parsed = parseEnvelope(msg);
    if (parsed === null) return undefined;
    if (sender.id !== browser.runtime.id) {
      return Promise.resolve<Reply>({ ok: false, error: 'Not from Gloss.' });
    }
    if ('error' in parsed) return Promise.resolve<Reply>({ ok: false, error: parsed.error });
    const { type, payload } = parsed.envelope;
    const handler = handlers[type] as (db: unknown, p: unknown) => Promise<unknown>;
    return handler(getDb(), payload).then(
      (value): Reply => ({ ok: true, value }) as Reply,
      (err: unknown): Reply => {
        console.error(`[gloss] ${type as RequestType} failed`, err);
        return { ok: false, error: describeStorageError(err) };
      },
    );
  });
}
