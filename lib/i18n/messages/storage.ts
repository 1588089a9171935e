import type { AreaMessages } from '../types';

/**
 * Storage errors and import verdicts. The background returns these KEYS (lib/db/errors.ts,
 * lib/export/import-parse.ts); the UI translates them. CSV column headers are data, not UI,
 * and stay English (docs/data-formats.md).
 */
const en = {
  'storage.error.quotaExceeded': 'The browser has no more storage space for Pacer. Nothing was saved. Free some space (delete old snapshots or data in Options → Data) and try again.',
  'storage.import.badJson': 'This file is not valid JSON, so nothing was imported.',
  'storage.import.notBackup': 'This file is not a Pacer backup, so nothing was imported.',
  'storage.import.newerVersion': 'This backup was made by a newer version of Pacer. Update Pacer, then import it again. Nothing was imported.',
  'storage.import.unsupportedVersion': 'This backup is from a version of Pacer that can no longer be read. Nothing was imported.',
  'storage.import.invalidFile': 'This Pacer backup is damaged, so nothing was imported.',
};

const messages: AreaMessages<typeof en> = {
  en,
  'zh-TW': {
    'storage.error.quotaExceeded': '瀏覽器已沒有空間可供 Pacer 儲存資料，這次沒有儲存任何內容。請釋出空間（在「選項 → 資料」刪除舊的快照或資料）後再試一次。',
    'storage.import.badJson': '這個檔案不是有效的 JSON，沒有匯入任何資料。',
    'storage.import.notBackup': '這個檔案不是 Pacer 備份，沒有匯入任何資料。',
    'storage.import.newerVersion': '這份備份由較新版本的 Pacer 建立。請先更新 Pacer 再匯入。沒有匯入任何資料。',
    'storage.import.unsupportedVersion': '這份備份來自已無法讀取的舊版 Pacer，沒有匯入任何資料。',
    'storage.import.invalidFile': '這份 Pacer 備份已損壞，沒有匯入任何資料。',
  },
  'zh-CN': {
    'storage.error.quotaExceeded': '浏览器已没有空间供 Pacer 存储数据，本次没有保存任何内容。请释放空间（在“选项 → 数据”中删除旧的快照或数据）后重试。',
    'storage.import.badJson': '此文件不是有效的 JSON，未导入任何数据。',
    'storage.import.notBackup': '此文件不是 Pacer 备份，未导入任何数据。',
    'storage.import.newerVersion': '此备份由更新版本的 Pacer 创建。请先更新 Pacer 再导入。未导入任何数据。',
    'storage.import.unsupportedVersion': '此备份来自已无法读取的旧版 Pacer，未导入任何数据。',
    'storage.import.invalidFile': '此 Pacer 备份已损坏，未导入任何数据。',
  },
  ja: {
    'storage.error.quotaExceeded': 'ブラウザーに Pacer の保存領域が残っていないため、何も保存されませんでした。空き領域を確保して（オプション → データ で古いスナップショットやデータを削除）、もう一度お試しください。',
    'storage.import.badJson': 'このファイルは有効な JSON ではないため、何もインポートされませんでした。',
    'storage.import.notBackup': 'このファイルは Pacer のバックアップではないため、何もインポートされませんでした。',
    'storage.import.newerVersion': 'このバックアップは新しいバージョンの Pacer で作成されています。Pacer を更新してから再度インポートしてください。何もインポートされませんでした。',
    'storage.import.unsupportedVersion': 'このバックアップは読み込めなくなった古いバージョンの Pacer のものです。何もインポートされませんでした。',
    'storage.import.invalidFile': 'この Pacer バックアップは破損しているため、何もインポートされませんでした。',
  },
};

export default messages;
