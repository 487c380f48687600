import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../../messaging/validate';

const note = {
  id: '11111111-2222-3333-4444-555555555555',
  articleUrl: 'https://a.test/1',
  articleTitle: 'T',
  body: 'hi',
  anchor: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 },
};

describe('parseEnvelope', () => {
  it('ignores messages that are not Gloss requests', () => {
    expect(parseEnvelope('hello')).toBeNull();
    expect(parseEnvelope({ type: 'notes/list' })).toBeNull();
  });
  it('accepts a well-formed request', () => {
    const r = parseEnvelope({ gloss: 1, type: 'notes/save', payload: note });
    expect(r && 'envelope' in r && r.envelope.type).toBe('notes/save');
  });
  it('rejects unknown types and malformed payloads with a reason', () => {
    expect(parseEnvelope({ gloss: 1, type: 'db/drop', payload: {} })).toEqual({
      error: 'Unknown request db/drop',
    });
    const bad = parseEnvelope({ gloss: 1, type: 'notes/save', payload: { ...note, anchor: null } });
    expect(bad).toEqual({ error: 'Bad notes/save request: anchor missing' });
    const js = parseEnvelope({
      gloss: 1,
      type: 'notes/save',
      payload: { ...note, articleUrl: 'javascript:alert(1)' },
    });
    expect(js && 'error' in js).toBe(true);
    const entity = parseEnvelope({
      gloss: 1,
      type: 'article/seen',
      payload: {
        article: { url: 'https://a.test/', title: 't' },
        entities: [{ key: 'k', type: 'alien', name: 'n', aliases: [], mentions: 1 }],
        claims: [],
      },
    });
    expect(entity).toEqual({ error: 'Bad article/seen request: entity type invalid' });
  });
  it("checks an analysis request's headings and code regions", () => {
    const ask = (regions: unknown) =>
      parseEnvelope({ gloss: 1, type: 'analyze', payload: { text: 'Some text.', regions } });
    expect(ask(undefined)).toEqual({
      envelope: { gloss: 1, type: 'analyze', payload: { text: 'Some text.', regions: undefined } },
    });
    expect(ask([{ start: 0, end: 4, kind: 'heading' }])).not.toHaveProperty('error');
    expect(ask([{ start: 0, end: 4, kind: 'script' }])).toEqual({
      error: 'Bad analyze request: region kind invalid',
    });
    expect(ask([{ start: 5, end: 4, kind: 'code' }])).toEqual({
      error: 'Bad analyze request: region invalid',
    });
    expect(ask('all of it')).toEqual({ error: 'Bad analyze request: regions invalid' });
  });
  it('refuses text longer than the analysis limit', () => {
    const r = parseEnvelope({ gloss: 1, type: 'analyze', payload: { text: 'x'.repeat(400_001) } });
    expect(r && 'error' in r).toBe(true);
  });
});
