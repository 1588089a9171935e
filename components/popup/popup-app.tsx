import { useEffect, useMemo, useState } from 'preact/hooks';
import { TeachLaunch } from '../teach/teach-launch';
import type { Language, Settings } from '../../lib/domain/settings';
import type { RepView, TeamView } from '../../lib/domain/views';
import type { Translate } from '../../lib/i18n';
import { EmptyState } from '../ui/empty-state';
import type { PopupApi } from './api';
import { ExportButtons } from './export-buttons';
import { periodOptions } from './period-options';
import { PeriodPicker } from './period-picker';
import { RepPicker } from './rep-picker';
import type { RepDetail as RepDetailComponent } from './rep-view';
import { TeamSection } from './team-section';
import './popup.css';

export interface PopupAppProps {
  api: PopupApi;
  t: Translate;
  lang: Language;
  /** The settings when the caller already has them (main.tsx does), for a complete first frame. */
  settings?: Settings;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The popup: pickers, the team table (requested first: it is the time-to-content), then the
 * selected rep's one-on-one prep. Data comes from the background; nothing is computed here.
 */
export function PopupApp({ api, t, lang, settings: initialSettings }: PopupAppProps) {
  const [settings, setSettings] = useState<Settings | null>(initialSettings ?? null);
  const [period, setPeriod] = useState<string | undefined>(undefined);
  // Rows already here are painted in the first frame (the effect below then finds the same view).
  const [team, setTeam] = useState<TeamView | null>(() => api.firstTeamIfArrived?.() ?? null);
  const [owner, setOwner] = useState<string | null>(null);
  const [rep, setRep] = useState<RepView | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The rep's prep (agenda, CSAT, warnings, talking points) loads when a rep is chosen: the team
  // table is the time to content, and its script need not be parsed before it.
  const [RepDetail, setRepDetail] = useState<typeof RepDetailComponent | null>(null);

  useEffect(() => {
    if (!initialSettings) api.settings().then(setSettings, (e: unknown) => setError(message(e)));
    api.lastRep().then((o) => setOwner((cur) => cur ?? o), () => undefined);
  }, []);
  useEffect(() => {
    // Only once a rep is chosen: loading it earlier added its stylesheet while the first frame was
    // still being presented, which held that frame back.
    if (owner && !RepDetail) import('./rep-view').then((m) => setRepDetail(() => m.RepDetail), (e: unknown) => setError(message(e)));
  }, [owner]);
  useEffect(() => {
    let live = true;
    api.team(period).then((v) => { if (live) { setTeam(v); setError(null); } }, (e: unknown) => live && setError(message(e)));
    return () => { live = false; };
  }, [period]);
  const label = period ?? team?.period.label;
  useEffect(() => {
    if (!owner || !label) return;
    let live = true;
    setRep(null);
    api.rep(owner, label).then((v) => live && setRep(v), (e: unknown) => live && setError(message(e)));
    return () => { live = false; };
  }, [owner, label]);

  const options = useMemo(() => (settings ? periodOptions(api.today, settings) : []), [settings]);
  const select = (o: string) => { setOwner(o); void api.rememberRep(o); };
  const owners = team?.owners ?? [];

  return (
    <main class="pacer-popup">
      <header class="pacer-popup-header pacer-no-print">
        <h1>{t('popup.title')}</h1>
        <div class="pacer-pickers">
          {label && options.length > 0 && <PeriodPicker options={options} value={label} t={t} onChange={setPeriod} />}
          {owners.length > 0 && <RepPicker owners={owners} value={owner} t={t} onChange={select} />}
        </div>
      </header>
      {error && <p role="alert" class="pacer-error">{t('common.error', { message: error })}</p>}
      {!team && !error && <p role="status">{t('common.loading')}</p>}
      {team && team.totalDeals === 0 && (
        <EmptyState title={t('popup.empty.noDataTitle')} action={api.demoUrl
          ? <a href={api.demoUrl} target="_blank" rel="noopener noreferrer" class="pacer-btn">{t('popup.empty.openDemo')}</a>
          : undefined}
        >
          <p>{t('popup.empty.noDataBody')}</p>
        </EmptyState>
      )}
      {team && team.totalDeals > 0 && (
        <div class="pacer-no-print"><TeamSection view={team} t={t} lang={lang} selected={owner} onSelect={select} /></div>
      )}
      {team && team.totalDeals > 0 && !owner && <p class="pacer-muted pacer-no-print">{t('popup.rep.choose')}</p>}
      {owner && label && (!rep || !RepDetail) && team && team.totalDeals > 0 && <p role="status">{t('common.loading')}</p>}
      {rep && RepDetail && rep.report.owner === owner && (
        <RepDetail
          view={rep}
          t={t}
          lang={lang}
          onSaveAgenda={(items, notes) => api.saveAgenda(rep.report.owner ?? '', rep.period.label, items, notes)}
          onSaveCsat={(value) => api.saveCsat(rep.report.owner ?? '', rep.period.label, value)}
          onCopy={api.copy}
          onPrint={api.print}
          onCreateGoal={() => api.openGoals(rep.report.owner ?? '', rep.period.label)}
        />
      )}
      {team && team.totalDeals > 0 && (
        <footer class="pacer-no-print">
          <h2 class="pacer-small-heading">{t('popup.export.heading')}</h2>
          <ExportButtons t={t} onExport={api.exportData} />
        </footer>
      )}
      {api.teachPage && (
        <footer class="pacer-no-print">
          <TeachLaunch t={t} onTeach={api.teachPage} />
        </footer>
      )}
    </main>
  );
}
