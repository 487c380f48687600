/** Mounts the overlay in a shadow root on a `<gloss-ui>` host outside the article. */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { paletteCss } from '../../components/palette';
import { Overlay, type OverlayActions } from './overlay';
import type { OverlayState } from './overlay-state';
import type { Store } from './store';

export interface MountedOverlay {
  remove(): void;
}

/**
 * The mode of the UI's shadow root for a build (`import.meta.env.MODE`, `import.meta.env.BROWSER`).
 *
 * Closed everywhere we ship: the cards and the note editor show the reader's notes, and an open root
 * would hand them to the page's own scripts (`document.querySelector('gloss-ui').shadowRoot`).
 * The one exception is the Firefox end-to-end build (`wxt build -b firefox --mv3 --mode e2e`, never
 * shipped): its tests drive Firefox over WebDriver BiDi, which can run script only in the page's
 * main world and has no way to reach a closed root, so that build opens it for the tests to read the
 * cards. The Chromium tests run the production build and reach the closed root through the DevTools
 * protocol (tests/e2e/chromium-driver.ts).
 */
export function shadowRootMode(mode: string, browserName: string): ShadowRootMode {
  return mode === 'e2e' && browserName === 'firefox' ? 'open' : 'closed';
}

/**
 * Creates the shadow-root UI. The host goes at the end of `<html>`, never in the article, and is
 * mounted only once a card, a note or a selection needs it (pages without any get nothing).
 */
export async function mountOverlay(
  ctx: ContentScriptContext,
  store: Store<OverlayState>,
  actions: OverlayActions,
): Promise<MountedOverlay> {
  const ui = await createShadowRootUi(ctx, {
    name: 'gloss-ui',
    position: 'inline',
    anchor: document.documentElement,
    append: 'last',
    mode: shadowRootMode(import.meta.env.MODE, import.meta.env.BROWSER),
    css: paletteCss(':host'),
    // Keys typed in the note editor must not reach the page's shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      render(<Overlay store={store} actions={actions} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return { remove: () => ui.remove() };
}
