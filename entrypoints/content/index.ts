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
    void page.start().then(() => page.watch());
  },
});
