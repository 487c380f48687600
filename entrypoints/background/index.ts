import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // wired in a later step
});
