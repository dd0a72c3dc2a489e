import { DownloadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/context';
import { exportRows, type ExportColumn, type ExportFormat } from './export';

/** "Export" → CSV or Excel, of the rows the list shows (the current page with its filters). */
export function ExportButton<T>({
  fileName,
  columns,
  rows,
}: {
  fileName: string;
  columns: ExportColumn<T>[];
  rows: readonly T[];
}) {
  const t = useT();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const run = (format: ExportFormat) => {
    setBusy(true);
    exportRows(format, fileName, columns, rows)
      .catch((error: unknown) => void message.error(error instanceof Error ? error.message : String(error)))
      .finally(() => setBusy(false));
  };
  return (
    <Dropdown
      disabled={rows.length === 0}
      menu={{
        items: [
          { key: 'csv', label: t('list.exportCsv') },
          { key: 'xlsx', label: t('list.exportXlsx') },
        ],
        onClick: ({ key }) => run(key as ExportFormat),
      }}
    >
      <Button icon={<DownloadOutlined aria-hidden />} loading={busy}>
        {t('list.export')}
      </Button>
    </Dropdown>
  );
}
