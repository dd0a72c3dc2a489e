/**
 * The visible list as a file staff open in Excel to reconcile: CSV (UTF-8 with a byte-order mark, so Excel
 * reads Chinese names right) or XLSX. The writers are loaded when first used, never with the page.
 * Amounts go out as the service wrote them: a decimal string in CSV; in XLSX a number cell (Excel holds
 * every number as a double; the amounts of a receivables list are exact in it) with the currency's digits
 * as its format.
 */
export type Cell = string | number | null | { money: string; digits: number };

export interface ExportColumn<T> {
  header: string;
  value: (row: T) => Cell;
}

export type ExportFormat = 'csv' | 'xlsx';

export async function exportRows<T>(
  format: ExportFormat,
  fileName: string,
  columns: ExportColumn<T>[],
  rows: readonly T[],
): Promise<void> {
  const header = columns.map((c) => c.header);
  const cells = rows.map((row) => columns.map((c) => c.value(row)));
  if (format === 'csv') {
    const { unparse } = await import('papaparse');
    const text = unparse([header, ...cells.map((r) => r.map((v) => (isMoney(v) ? v.money : (v ?? ''))))], {
      newline: '\r\n',
    });
    download(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
    return;
  }
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = [
    header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...cells.map((r) =>
      r.map((v) =>
        isMoney(v)
          ? {
              value: Number(v.money),
              type: Number,
              format: v.digits ? `#,##0.${'0'.repeat(v.digits)}` : '#,##0',
            }
          : v === null
            ? null
            : { value: v },
      ),
    ),
  ];
  const blob = await writeXlsxFile(data, {
    columns: header.map((h) => ({ width: Math.max(12, h.length + 4) })),
  }).toBlob();
  download(blob, `${fileName}.xlsx`);
}

function isMoney(v: Cell): v is { money: string; digits: number } {
  return typeof v === 'object' && v !== null;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
