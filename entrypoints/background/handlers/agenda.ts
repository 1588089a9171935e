import type { PacerDb } from '../../../lib/db/app-db';
import { saveAgenda } from '../../../lib/db/agendas';
import { handle } from '../../../lib/messaging/handle';
import { commit, NO_KPI } from './write';

/** `agenda.save`: the manager's ticks, own points and private notes for a one-on-one (owner + period). */
export function setupAgenda(db: PacerDb): void {
  handle('agenda.save', (req) => commit(() => saveAgenda(db, { ...req, owner: req.owner.trim() }), undefined, NO_KPI));
}
