import type { Translate } from '../../lib/i18n/index';
import type { BackupTable, ImportPreview } from '../../lib/messaging/protocol';
import { IssueList } from './issue-list';

export const TABLES: readonly BackupTable[] = ['deals', 'observations', 'goals', 'csat', 'snapshots', 'mappings', 'agendas'];

/** What an import would do, table by table, with per-record errors; nothing is written until confirmed. */
export function ImportPreviewView({ preview, t, onConfirm, onCancel }: { preview: ImportPreview; t: Translate; onConfirm: () => void; onCancel: () => void }) {
  if (preview.fatal) {
    return (
      <div role="alert" class="pacer-opt-error" data-testid="pacer-import-fatal">
        <p>{t(preview.fatal)}</p>
        {preview.fatalDetail && <p class="pacer-opt-hint"><code>{preview.fatalDetail}</code></p>}
      </div>
    );
  }
  const lines = TABLES.filter((k) => preview.counts[k].add + preview.counts[k].update > 0)
    .map((k) => t('options.data.previewLine', { table: t(`options.data.table.${k}`), add: preview.counts[k].add, update: preview.counts[k].update, unchanged: preview.counts[k].unchanged }));
  return (
    <div class="pacer-opt-preview" data-testid="pacer-import-preview">
      <h3>{t('options.data.previewHeading')}</h3>
      {lines.length === 0 ? <p>{t('options.data.previewNothing')}</p> : <ul>{lines.map((l) => <li key={l}>{l}</li>)}</ul>}
      {preview.settingsChanged && <p>{t('options.data.previewSettings')}</p>}
      <IssueList issues={preview.errors} t={t} kind="backup" />
      <div class="pacer-opt-actions">
        <button type="button" class="pacer-btn pacer-btn--primary" onClick={onConfirm} data-testid="pacer-import-confirm">{t('options.data.confirmImport')}</button>
        <button type="button" class="pacer-btn" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </div>
  );
}
