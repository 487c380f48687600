/** Sending typed requests to the background. */
import { browser } from 'wxt/browser';
import type { Envelope, Reply, RequestOf, RequestType, ResponseOf } from './protocol';

/** A request the background answered with an error; `message` is written for the reader. */
export class GlossRequestError extends Error {
  constructor(
    readonly type: RequestType,
    message: string,
  ) {
    super(message);
    this.name = 'GlossRequestError';
  }
}

/**
 * Sends one typed request to the background and returns its answer, or throws
 * {@link GlossRequestError} with the background's message (e.g. the disk is full).
 */
export async function request<T extends RequestType>(
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { gloss: 1, type, payload };
  let reply: Reply<T> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  } catch (err) {
    throw new GlossRequestError(
      type,
      `Gloss could not reach its storage (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  if (!reply) throw new GlossRequestError(type, 'Gloss storage did not answer.');
  if (!reply.ok) throw new GlossRequestError(type, reply.error);
  return reply.value;
}
