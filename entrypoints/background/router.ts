/** Receives runtime messages, checks them, and answers with the handlers' results. */
import { browser } from 'wxt/browser';
import type { Reply, RequestType } from '../../messaging/protocol';
import { parseEnvelope } from '../../messaging/validate';
import { getDb } from '../../storage/db';
import { describeStorageError, handlers } from './handlers';

/** Who sent a message, as the runtime tells it. */
export interface Sender {
  id?: string;
}

/**
 * Answers one message: `undefined` for messages that are not Gloss requests (other listeners may
 * take them), else a reply. Only this extension's own scripts and pages are answered, and the
 * request is validated before any handler sees it.
 */
export function answer(msg: unknown, sender: Sender, ownId: string): Promise<Reply> | undefined {
  const parsed = parseEnvelope(msg);
  if (parsed === null) return undefined;
  if (sender.id !== ownId) return Promise.resolve({ ok: false, error: 'Not from Gloss.' });
  if ('error' in parsed) return Promise.resolve({ ok: false, error: parsed.error });
  const { type, payload } = parsed.envelope;
  const handler = handlers[type] as (db: unknown, p: unknown) => Promise<unknown>;
  return handler(getDb(), payload).then(
    (value): Reply => ({ ok: true, value }) as Reply,
    (err: unknown): Reply => {
      console.error(`[gloss] ${type as RequestType} failed`, err);
      return { ok: false, error: describeStorageError(err) };
    },
  );
}

/** Installs the message listener for the life of the background. */
export function installRouter(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender) =>
    answer(msg, sender, browser.runtime.id),
  );
}
