import { DataPanel } from '../../../components/options/data-panel';
import type { Language } from '../../../lib/domain/settings';
import type { Translate } from '../../../lib/i18n';
import { sendMessage } from '../../../lib/messaging';
import { useLoad } from './use-load';
import { download } from '../../../components/ui/download';



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
