import { DataPanel } from '../../../components/options/data-panel';
import type { Language } from '../../../lib/domain/settings';
import type { Translate } from '../../../lib/i18n';
import { sendMessage } from '../../../lib/messaging';
import { useLoad } from './use-load';

/** Saves text as a file with a Blob and an `<a download>` (no downloads permission needed). */
export function download(name: string, type: string, body: string): string {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/** Options → Data: export, import (preview then apply), snapshot now, usage, delete all. */
export function DataPage({ t, lang, today }: { t: Translate; lang: Language; today: string }) {
  const { data: usage } = useLoad(() => sendMessage('data.usage', undefined));
  return (
    <DataPanel
      usage={usage} t={t} lang={lang}
      exportBackup={async () => download(`pacer-backup-${today}.json`, 'application/json', JSON.stringify(await sendMessage('data.export', undefined), null, 2))}
      exportCsv={async () => download(`pacer-snapshots-${today}.csv`, 'text/csv;charset=utf-8', await sendMessage('data.exportSnapshotsCsv', undefined))}
      preview={(text) => sendMessage('data.importPreview', { text })}
      apply={(text) => sendMessage('data.importApply', { text })}
      deleteAll={() => sendMessage('data.deleteAll', { confirm: 'DELETE' })}
      saveSnapshot={(label) => sendMessage('snapshots.saveNow', { label })}
    />
  );
}
