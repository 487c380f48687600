/** Test utilities: render a Preact tree into a fresh container and query it. */
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Claim } from '../../../analysis/types';
import type { TabEntity } from '../../../messaging/protocol';
import type { NoteRecord } from '../../../storage/records';

/** Renders `vnode` into a new container attached to the document and returns the container. */
export function mount(vnode: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(vnode, container);
  });
  return container;
}

/** Unmounts and removes every container made by {@link mount}. */
export function unmountAll(): void {
  for (const el of Array.from(document.body.children)) {
    render(null, el);
    el.remove();
  }
}

/** The single element matching `selector` in `root`; throws when there is none. */
export function one<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`no element matches ${selector}`);
  return el;
}

/** Dispatches a key press on `el` inside act(). */
export function press(el: Element, key: string, init: KeyboardEventInit = {}): void {
  act(() => {
    el.dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }),
    );
  });
}

/** Clicks `el` inside act(). */
export function click(el: Element): void {
  act(() => {
    (el as HTMLElement).click();
  });
}

/** Types `value` into a textarea or input inside act(). */
export function typeInto(el: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** A hostile string: if it were parsed as HTML it would make an element. */
export const HOSTILE = '<img src=x onerror="window.__pwned=1">';

/** A note record with sensible defaults. */
export function makeNote(over: Partial<NoteRecord> = {}): NoteRecord {
  return {
    id: 'n1',
    articleUrl: 'https://example.test/a',
    articleTitle: 'An article',
    body: 'Check the date of the summit.',
    anchor: {
      exact: 'Vladimir Putin',
      prefix: 'Russian President ',
      suffix: ' arrived in Baku',
      start: 10,
      end: 24,
    },
    createdAt: Date.UTC(2024, 7, 19),
    updatedAt: Date.UTC(2024, 7, 19),
    ...over,
  };
}

/** A claim with sensible defaults. */
export function makeClaim(over: Partial<Claim> = {}): Claim {
  return {
    start: 0,
    end: 40,
    text: 'Trade grew by 20 percent in 2023.',
    score: 0.82,
    kinds: ['statistic', 'date-event'],
    reasons: ['a percentage and a year: 20 percent, 2023'],
    ...over,
  };
}

/** A popup entity with sensible defaults. */
export function makeEntity(over: Partial<TabEntity> = {}): TabEntity {
  return {
    id: 'e1',
    key: 'person:vladimir putin',
    type: 'person',
    name: 'Vladimir Putin',
    aliases: ['Vladimir Putin', 'Putin'],
    mentions: 5,
    earlierArticles: 0,
    ...over,
  };
}
