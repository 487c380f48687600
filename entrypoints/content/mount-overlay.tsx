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
    mode: 'open',
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
