import { beforeEach, describe, expect, it } from 'vitest';
import { describeStorageError } from '../../../entrypoints/background/handlers';
import { answer } from '../../../entrypoints/background/router';
import type { Reply, RequestOf, RequestType, ResponseOf } from '../../../messaging/protocol';
import { getDb } from '../../../storage/db';

const OWN = 'gloss-id';
const anchor = { exact: 'Baku', prefix: 'in ', suffix: ' today', start: 3, end: 7 };

async function ask<T extends RequestType>(type: T, payload: RequestOf<T>, id = OWN) {
  const reply = (await answer({ gloss: 1, type, payload }, { id }, OWN)) as Reply<T>;
  return reply;
}
async function value<T extends RequestType>(
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const reply = await ask(type, payload);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

describe('background router', () => {
  beforeEach(async () => {
    await getDb().delete();
    await getDb().open();
  });

  it('answers typed requests from the extension with the database', async () => {
    const saved = await value('notes/save', {
      id: 'aaaaaaaa-bbbb',
      articleUrl: 'https://news.test/a',
      articleTitle: 'A',
      body: 'remember this',
      anchor,
    });
    expect(saved.body).toBe('remember this');
    const listed = await value('notes/list', { articleUrl: 'https://news.test/a' });
    expect(listed.map((n) => n.id)).toEqual(['aaaaaaaa-bbbb']);
    expect(await value('site/set', { host: 'news.test', enabled: false })).toEqual({
      enabled: false,
    });
    expect(await value('site/get', { host: 'news.test' })).toEqual({ enabled: false });
  });

  it('runs the analysis in the background', async () => {
    const text = 'Vladimir Putin arrived in Baku on Monday.';
    const analysis = await value('analyze', { text });
    expect(analysis.text).toBe(text);
    expect(analysis.entities.length).toBeGreaterThan(0);
    for (const e of analysis.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('leaves messages that are not Gloss requests to other listeners', () => {
    expect(answer({ type: 'notes/list' }, { id: OWN }, OWN)).toBeUndefined();
  });

  it('refuses senders other than Gloss itself', async () => {
    const reply = await ask('notes/list', { articleUrl: 'https://news.test/a' }, 'other-extension');
    expect(reply).toEqual({ ok: false, error: 'Not from Gloss.' });
  });

  it('turns a malformed request into an error the sender sees', async () => {
    const reply = await ask('notes/save', {
      id: 'x',
      articleUrl: 'https://news.test/a',
      articleTitle: 'A',
      body: 'b',
      anchor,
    });
    expect(reply).toEqual({ ok: false, error: 'Bad notes/save request: note id invalid' });
    expect(await getDb().notes.count()).toBe(0);
  });
});

describe('storage errors for the reader', () => {
  it('says how to fix a full disk, and that nothing was lost', () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    expect(describeStorageError(quota)).toMatch(/disk is full.*nothing was lost/);
    const wrapped = Object.assign(new Error('Dexie'), { inner: { name: 'QuotaExceededError' } });
    expect(describeStorageError(wrapped)).toMatch(/disk is full/);
    expect(describeStorageError(new Error('boom'))).toMatch(/boom/);
  });
});
