import { defineBackground } from 'wxt/utils/define-background';

// Wiring only: each setup function registers the handlers of one protocol area.
export default defineBackground({
  type: 'module',
  main() {},
});
