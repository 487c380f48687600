import '../../components/card.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { GlossPage } from './gloss-page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    const page = new GlossPage(ctx);
    page.listen();
    // Watch from the first moment: a change while the first analysis runs is kept and looked at
    // once it is done (GlossPage.onPageChange), not lost.
    page.watch();
    void page.start();
  },
});
