import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';

export interface ExportButtonsProps {
  t: Translate;
  /** Runs the export and hands the file to the browser; resolves the file name. */
  onExport: (format: 'csv' | 'json') => Promise<string>;
}

/** Export the stored data (JSON backup) or the KPI snapshots (CSV) as a file; nothing leaves the machine. */
export function ExportButtons({ t, onExport }: ExportButtonsProps) {
  const [message, setMessage] = useState('');
  const run = (format: 'csv' | 'json') =>
    onExport(format).then(
      (name) => setMessage(t('popup.export.done', { name })),
      (e: unknown) => setMessage(t('common.error', { message: e instanceof Error ? e.message : String(e) })),
    );
  return (
    <div class="pacer-export pacer-no-print">
      <button type="button" class="pacer-btn" onClick={() => void run('csv')}>{t('popup.export.csv')}</button>
      <button type="button" class="pacer-btn" onClick={() => void run('json')}>{t('popup.export.json')}</button>
      <p role="status" class="pacer-status">{message}</p>
    </div>
  );
}
