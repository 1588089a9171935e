import { defineBackground } from 'wxt/utils/define-background';
import { PacerDb } from '../../lib/db/app-db';
import { setupCsat } from './handlers/csat';
import { setupData } from './handlers/data';
import { setupDeals } from './handlers/deals';
import { setupGoalsCrud } from './handlers/goals-crud';
import { setupGoalsCheck } from './handlers/goals-check';
import { setupGoalsCsv } from './handlers/goals-csv';
import { setupMappings } from './handlers/mappings';
import { setupSettings } from './handlers/settings';
import { setupPopupStart } from './handlers/popup-start';
import { setupSites } from './handlers/sites';
import { setupSitesCss } from './handlers/sites-css';
import { setupSnapshots } from './handlers/snapshots';
import { setupAgenda } from './handlers/agenda';
import { setupViewRep } from './handlers/view-rep';
import { setupViewTeam } from './handlers/view-team';
import { setupViewSidebar } from './handlers/view-sidebar';
import { setupTeachInject } from './handlers/teach-inject';
import { setupToggleSidebarCommand } from './handlers/toggle-sidebar';

// Wiring only: each setup function registers the handlers of one protocol area.
// The background is the only context that opens the database.
export default defineBackground({
  type: 'module',
  main() {
    const db = new PacerDb();
    setupDeals(db);
    setupSettings(db);
    setupPopupStart(db);
    setupGoalsCrud(db);
    setupGoalsCheck(db);
    setupGoalsCsv(db);
    setupCsat(db);
    setupMappings(db);
    setupSites(db);
    setupSitesCss();
    setupSnapshots(db);
    setupData(db);
    setupViewTeam(db);
    setupViewRep(db);
    setupAgenda(db);
    setupViewSidebar(db);
    setupTeachInject();
    setupToggleSidebarCommand();
  },
});
