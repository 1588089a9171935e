import { useState } from 'preact/hooks';
import type { Language } from '../../lib/domain/settings';
import { formatNumber } from '../../lib/i18n/format';
import type { Translate } from '../../lib/i18n/index';
import type { ImportPreview, StorageUsage } from '../../lib/messaging/protocol';
import { errorText } from './error-text';
import { ImportPreviewView, TABLES } from './import-preview';

export interface DataPanelProps {
  usage: StorageUsage | null;
  t: Translate;
  lang: Language;
  /** Each resolves the saved file's name. */
  exportBackup: () => Promise<string>;
  exportCsv: () => Promise<string>;
  preview: (text: string) => Promise<ImportPreview>;
  apply: (text: string) => Promise<ImportPreview>;
  deleteAll: () => Promise<void>;
  saveSnapshot: (label: string | null) => Promise<number>;
}

const DELETE_WORD = 'DELETE';

export function formatBytes(n: number | null, lang: Language): string {
  if (n === null) return '—';
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${formatNumber(v, lang, i === 0 ? 0 : 1)} ${units[i]}`;
}

/** Export, import with a preview, snapshots, storage used and delete-all (typed confirmation). */
export function DataPanel(p: DataPanelProps) {
  const { t, lang } = p;
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [label, setLabel] = useState('');
  const [typed, setTyped] = useState('');
  const run = async (work: () => Promise<string>) => {
    setError(null);
    setStatus(t('common.loading'));
    try { setStatus(await work()); } catch (e) { setStatus(null); setError(errorText(e, t)); }
  };
  const pick = async (f: File | undefined) => {
    setPreview(null);
    if (!f) return;
    const text = await f.text();
    setFile({ name: f.name, text });
    await run(async () => { setPreview(await p.preview(text)); return t('options.data.previewReady', { name: f.name }); });
  };
  return (
    <div>
      <h1>{t('options.data.heading')}</h1>
      <section class="pacer-opt-card" aria-labelledby="pacer-data-export-h">
        <h2 id="pacer-data-export-h">{t('options.data.export')}</h2>
        <p class="pacer-opt-hint">{t('options.data.exportHint')}</p>
        <div class="pacer-opt-actions">
          <button type="button" class="pacer-btn" onClick={() => void run(async () => t('options.data.savedAs', { name: await p.exportBackup() }))} data-testid="pacer-export-json">{t('options.data.exportJson')}</button>
          <button type="button" class="pacer-btn" onClick={() => void run(async () => t('options.data.savedAs', { name: await p.exportCsv() }))} data-testid="pacer-export-csv">{t('options.data.exportCsv')}</button>
        </div>
      </section>
      <section class="pacer-opt-card" aria-labelledby="pacer-data-import-h">
        <h2 id="pacer-data-import-h">{t('options.data.import')}</h2>
        <label class="pacer-opt-field">
          <span>{t('options.data.importFile')}</span>
          <input type="file" accept=".json,application/json" onChange={(e) => void pick((e.currentTarget as HTMLInputElement).files?.[0])} data-testid="pacer-import-file" />
        </label>
        {preview && file && (
          <ImportPreviewView preview={preview} t={t} onConfirm={() => void run(async () => {
            const r = await p.apply(file.text);
            setPreview(null);
            setFile(null);
            if (r.fatal) throw new Error(r.fatal);
            return t('options.data.imported', { name: file.name });
          })} onCancel={() => { setPreview(null); setFile(null); }} />
        )}
      </section>
      <section class="pacer-opt-card" aria-labelledby="pacer-data-snap-h">
        <h2 id="pacer-data-snap-h">{t('options.data.snapshot')}</h2>
        <p class="pacer-opt-hint">{t('options.data.snapshotHint')}</p>
        <div class="pacer-opt-row">
          <label class="pacer-opt-field">
            <span>{t('options.data.snapshotLabel')}</span>
            <input value={label} maxLength={200} onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)} data-testid="pacer-snapshot-label" />
          </label>
          <button type="button" class="pacer-btn" data-testid="pacer-snapshot-now"
            onClick={() => void run(async () => { const n = await p.saveSnapshot(label.trim() || null); setLabel(''); return t('options.data.snapshotSaved', { count: n }); })}>
            {t('options.data.snapshotNow')}
          </button>
        </div>
      </section>
      <section class="pacer-opt-card" aria-labelledby="pacer-data-usage-h">
        <h2 id="pacer-data-usage-h">{t('options.data.usage')}</h2>
        {p.usage ? (
          <>
            <p data-testid="pacer-usage-bytes">{t('options.data.usageBytes', { used: formatBytes(p.usage.usageBytes, lang), quota: formatBytes(p.usage.quotaBytes, lang) })}</p>
            <table class="pacer-opt-table">
              <caption class="pacer-visually-hidden">{t('options.data.usageCaption')}</caption>
              <thead><tr><th scope="col">{t('options.data.table')}</th><th scope="col" class="pacer-num">{t('options.data.records')}</th></tr></thead>
              <tbody>{TABLES.map((k) => <tr key={k}><th scope="row">{t(`options.data.table.${k}`)}</th><td class="pacer-num" data-testid={`pacer-usage-${k}`}>{formatNumber(p.usage!.counts[k], lang, 0)}</td></tr>)}</tbody>
            </table>
          </>
        ) : <p class="pacer-opt-muted">{t('common.loading')}</p>}
      </section>
      <section class="pacer-opt-card pacer-opt-danger" aria-labelledby="pacer-data-delete-h">
        <h2 id="pacer-data-delete-h">{t('options.data.delete')}</h2>
        <p>{t('options.data.deleteHint')}</p>
        <label class="pacer-opt-field">
          <span>{t('options.data.deleteType', { word: DELETE_WORD })}</span>
          <input value={typed} onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} autoComplete="off" data-testid="pacer-delete-typed" />
        </label>
        <button type="button" class="pacer-btn pacer-btn--danger" disabled={typed !== DELETE_WORD} data-testid="pacer-delete-all"
          onClick={() => void run(async () => { await p.deleteAll(); setTyped(''); return t('options.data.deleted'); })}>
          {t('options.data.deleteButton')}
        </button>
      </section>
      <p role="status" class="pacer-opt-status" data-testid="pacer-data-status">{status ?? ''}</p>
      {error && <p role="alert" class="pacer-opt-error" data-testid="pacer-data-error">{error}</p>}
    </div>
  );
}
