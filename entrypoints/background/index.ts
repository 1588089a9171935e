import { defineBackground } from 'wxt/utils/define-background';
import { PacerDb } from '../../lib/db/app-db';
import { setupAgenda } from './handlers/agenda';
import { setupViewRep } from './handlers/view-rep';
import { setupViewTeam } from './handlers/view-team';

// Wiring only: each setup function registers the handlers of one protocol area.
// The background is the only context that opens the database.
export default defineBackground({
  type: 'module',
  main() {
    const db = new PacerDb();
    setupViewTeam(db);
    setupViewRep(db);
    setupAgenda(db);
  },
});
