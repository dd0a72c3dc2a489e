// npm run bench:pdf [-- --n 300 --chromium-n 50 --warmup 20]
//
// Debit notes per second and p50 per document from DocumentRenderer (pdfkit + Noto Sans SC, parsed once),
// against the same note written as HTML and printed to PDF by headless Chromium through playwright-core
// (one warm browser, one page reused: what many NestJS services do), in the same run. The issue's target:
// pdfkit at least 20 times the throughput of Chromium, with a p50 under 15 ms.
// Chromium is Debian's (/usr/bin/chromium, `apt-get install chromium`); without it only pdfkit is measured.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chineseCapitalAmount, englishAmountInWords } from '../src/documents/domain/amount-in-words';
import type { DebitNoteData } from '../src/documents/domain/document-data';
import { formatAmount } from '../src/documents/domain/document-format';
import { documentFonts } from '../src/documents/pdf/document-fonts';
import { DocumentRenderer } from '../src/documents/pdf/document-renderer';
import { type DocumentLabels, loadDocumentTemplates } from '../src/documents/pdf/document-templates';
import { debitNoteData } from '../test/factories/documents';
import { fixed, percentile, table } from './stats';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TARGET = { ratio: 20, p50Ms: 15 };
// One sample of each engine's output lands here, to compare by eye (pdftoppm -png -r 80 …).
const SAMPLES = join(tmpdir(), 'quayside-bench-pdf');
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

interface Options {
  n: number;
  chromiumN: number;
  warmup: number;
}

interface Measured {
  label: string;
  docs: number;
  seconds: number;
  latenciesMs: number[];
  bytes: number;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      n: { type: 'string' },
      'chromium-n': { type: 'string' },
      warmup: { type: 'string' },
    },
    strict: true,
  });
  const int = (name: string, raw: string | undefined, fallback: number, min: number): number => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer >= ${min}`);
    return value;
  };
  return {
    n: int('n', values.n, 300, 1),
    chromiumN: int('chromium-n', values['chromium-n'], 50, 1),
    warmup: int('warmup', values.warmup, 20, 0),
  };
}

/** Renders `count` documents one after another, timing each. */
async function measure(label: string, count: number, render: () => Promise<Buffer>): Promise<Measured> {
  const latenciesMs: number[] = [];
  let bytes = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const pdf = await render();
    latenciesMs.push(performance.now() - t0);
    bytes += pdf.length;
  }
  return { label, docs: count, seconds: (performance.now() - started) / 1000, latenciesMs, bytes };
}

function row(m: Measured): string[] {
  const sorted = [...m.latenciesMs].sort((a, b) => a - b);
  return [
    m.label,
    String(m.docs),
    fixed(m.docs / m.seconds, 1),
    fixed(percentile(sorted, 0.5), 1),
    fixed(percentile(sorted, 0.99), 1),
    fixed(m.bytes / m.docs / 1024, 1),
  ];
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same debit note as HTML, in the same font (the TTF files through @font-face), for Chromium to print. */
function debitNoteHtml(data: DebitNoteData, labels: DocumentLabels): string {
  const L = labels.debitNote;
  const C = labels.common;
  const bi = (label: { zh: string; en: string }): string => `${label.zh} ${label.en}`;
  const e = escapeHtml;
  const s = data.shipment;
  const currency = data.total.currency;
  const lines = data.lines
    .map(
      (line, index) => `<tr><td class="r">${index + 1}</td><td>${e(line.description)}</td>
        <td class="c">${line.amount.currency}</td><td class="r">${formatAmount(line.amount.amount)}</td>
        <td class="r">${line.quantity}</td><td class="r">${formatAmount(line.lineTotal.amount)}</td>
        <td class="r">${line.rate ?? '-'}</td><td class="r">${formatAmount(line.converted.amount)}</td></tr>`,
    )
    .join('');
  const rates = data.fxRates
    .map(
      (r) => `<tr><td>${r.from} → ${r.to}</td><td class="r">1 ${r.from} = ${r.rate} ${r.to}</td>
        <td>${e(r.source)}</td><td class="c">${r.date}</td></tr>`,
    )
    .join('');
  const th = (label: { zh: string; en: string }, cls = ''): string =>
    `<th class="${cls}"><b>${e(label.zh)}</b><br><span>${e(label.en)}</span></th>`;
  const bank = data.company.bank;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${e(L.title.en)}</title><style>
@font-face { font-family: 'Noto Sans SC'; font-weight: 400; src: url('${pathToFileURL(FONT_REGULAR).href}') format('truetype'); }
@font-face { font-family: 'Noto Sans SC'; font-weight: 700; src: url('${pathToFileURL(FONT_BOLD).href}') format('truetype'); }
@page { size: A4; margin: 36pt 40pt 44pt 40pt; }
body { font-family: 'Noto Sans SC'; font-size: 8.5pt; color: #1a1a1a; margin: 0; }
header { display: flex; justify-content: space-between; border-bottom: 1.5pt solid #0b3d6e; padding-bottom: 5pt; }
.co { color: #0b3d6e; font-size: 13pt; font-weight: 700; } .muted { color: #5b6470; font-size: 7pt; }
.title { text-align: right; } .title b { color: #0b3d6e; font-size: 17pt; display: block; }
.meta { display: flex; justify-content: space-between; margin: 12pt 0; } .refs td { padding: 1pt 0 1pt 12pt; }
table { border-collapse: collapse; width: 100%; } th { background: #e6ecf2; text-align: left; font-size: 6.8pt; }
th span { color: #5b6470; font-weight: 400; } td, th { padding: 2.5pt 3pt; border-bottom: 0.3pt solid #a7b1bc; }
.r { text-align: right; } .c { text-align: center; } .grid td { border: 0.5pt solid #a7b1bc; width: 33%; }
h2 { color: #0b3d6e; font-size: 8.5pt; margin: 12pt 0 3pt; } .total td { font-weight: 700; background: #eef2f6; }
</style></head><body>
<header><div><div class="co">${e(data.company.nameLocal)}</div><b>${e(data.company.name)}</b>
<div class="muted">${e(data.company.addressLocal ?? '')}<br>${e(data.company.address)}<br>
${bi(C.tel)}: ${e(data.company.phone ?? '')} &nbsp; ${bi(C.email)}: ${e(data.company.email ?? '')}</div></div>
<div class="title"><b>${e(L.title.zh)}</b>${e(L.title.en)}</div></header>
<div class="meta"><div><span class="muted">${bi(L.billTo)}</span><br><b>${e(data.party.nameLocal ?? '')}</b><br>
${e(data.party.name)}<br><span class="muted">${e(data.party.address ?? '')}</span></div>
<table class="refs" style="width:auto"><tr><td class="muted">${bi(L.number)}</td><td class="r"><b>${e(data.number ?? 'DRAFT')}</b></td></tr>
<tr><td class="muted">${bi(L.issueDate)}</td><td class="r">${data.issueDate ?? '-'}</td></tr>
<tr><td class="muted">${bi(L.dueDate)}</td><td class="r">${data.dueDate ?? '-'}</td></tr></table></div>
<h2>${bi(L.shipment)}</h2><table class="grid">
<tr><td><span class="muted">${bi(C.shipmentRef)}</span><br><b>${e(s.reference)}</b></td>
<td><span class="muted">${bi(C.blNumber)}</span><br>${e(s.blNumber ?? '-')}</td>
<td><span class="muted">${bi(C.vesselVoyage)}</span><br>${e(`${s.vessel ?? ''} / ${s.voyage ?? ''}`)}</td></tr>
<tr><td><span class="muted">${bi(C.pol)}</span><br>${e(s.pol)}</td><td><span class="muted">${bi(C.pod)}</span><br>${e(s.pod)}</td>
<td><span class="muted">${bi(C.etd)}</span><br>${e(s.etd ?? '-')}</td></tr>
<tr><td colspan="3"><span class="muted">${bi(C.containerNumbers)}</span><br>${e(s.containerNumbers.join(', '))}</td></tr></table>
<h2></h2><table><thead><tr>${th(L.lineNo, 'r')}${th(L.description)}${th(L.currency, 'c')}${th(L.unitAmount, 'r')}
${th(L.quantity, 'r')}${th(L.lineTotal, 'r')}${th(L.rate, 'r')}
${th({ zh: L.converted.zh.replace('{currency}', currency), en: L.converted.en.replace('{currency}', currency) }, 'r')}</tr></thead>
<tbody>${lines}<tr class="total"><td colspan="7" class="r">${bi(C.total)} (${currency})</td>
<td class="r">${formatAmount(data.total.amount)}</td></tr></tbody></table>
<table class="grid" style="margin-top:12pt"><tr><td class="muted">${bi(C.amountInWordsEn)}</td>
<td>${englishAmountInWords(data.total.amount, currency)}</td></tr>
${currency === 'CNY' ? `<tr><td class="muted">${bi(C.amountInWordsCny)}</td><td><b>${chineseCapitalAmount(data.total.amount)}</b></td></tr>` : ''}</table>
<h2>${bi(L.fxRates)}</h2><table><thead><tr>${th(L.pair)}${th(L.rateValue, 'r')}${th(L.source)}${th(L.rateDate, 'c')}</tr></thead>
<tbody>${rates}</tbody></table>
<h2>${bi(C.payment)}</h2><div class="muted">${bi(L.paymentNote)}</div><table>
<tr><td class="muted">${bi(C.beneficiary)}</td><td><b>${e(bank.beneficiary)}</b></td></tr>
<tr><td class="muted">${bi(C.bankName)}</td><td>${e(bank.bankName)}</td></tr>
<tr><td class="muted">${bi(C.account)}</td><td><b>${e(bank.account)}</b></td></tr>
<tr><td class="muted">${bi(C.swift)}</td><td>${e(bank.swift ?? '')}</td></tr>
<tr><td class="muted">${bi(C.bankAddress)}</td><td>${e(bank.bankAddress ?? '')}</td></tr></table>
</body></html>`;
}

async function benchChromium(html: string, options: Options): Promise<Measured> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // A file:// page, so that the @font-face file:// URLs may load.
    const blank = join(SAMPLES, 'blank.html');
    writeFileSync(blank, '<!doctype html><html><body></body></html>');
    await page.goto(pathToFileURL(blank).href);
    const render = async (): Promise<Buffer> => {
      await page.setContent(html, { waitUntil: 'load' });
      // Web fonts load asynchronously: print only once both weights are in.
      await page.evaluate('document.fonts.ready.then(() => true)');
      return page.pdf({ format: 'A4', printBackground: true });
    };
    const sample = await render();
    writeFileSync(join(SAMPLES, 'chromium-debit-note.pdf'), sample);
    for (let i = 0; i < Math.min(options.warmup, 5); i++) await render();
    return await measure('Chromium HTML -> PDF (playwright-core)', options.chromiumN, render);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(SAMPLES, { recursive: true });
  console.log(
    `bench:pdf  node ${process.version}, ${cpus().length} cpu(s), load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; pdfkit n=${options.n}, chromium n=${options.chromiumN}, warm-up ${options.warmup}`,
  );
  // 8 lines in USD and CNY, Chinese and English names: CNY 16,409.02.
  const data = debitNoteData();

  const loadStarted = performance.now();
  documentFonts();
  const renderer = new DocumentRenderer();
  writeFileSync(join(SAMPLES, 'pdfkit-debit-note.pdf'), await renderer.renderDebitNote(data));
  console.log(`pdfkit: fonts + templates + first document ${fixed(performance.now() - loadStarted, 0)} ms`);
  for (let i = 0; i < options.warmup; i++) await renderer.renderDebitNote(data);
  const pdfkit = await measure('pdfkit + Noto Sans SC (DocumentRenderer)', options.n, () =>
    renderer.renderDebitNote(data),
  );

  const rows = [row(pdfkit)];
  let chromiumResult: Measured | undefined;
  if (existsSync(CHROMIUM)) {
    chromiumResult = await benchChromium(debitNoteHtml(data, loadDocumentTemplates().labels), options);
    rows.push(row(chromiumResult));
  } else {
    console.log(
      `chromium: ${CHROMIUM} not found; install it to compare: apt-get update && apt-get install -y chromium`,
    );
  }

  console.log(`samples: ${SAMPLES}/{pdfkit,chromium}-debit-note.pdf`);
  console.log('');
  console.log(table(['engine', 'docs', 'docs/s', 'p50 ms', 'p99 ms', 'avg KiB'], rows));
  console.log('');
  const pdfkitP50 = percentile(
    [...pdfkit.latenciesMs].sort((a, b) => a - b),
    0.5,
  );
  if (chromiumResult) {
    const ratio = pdfkit.docs / pdfkit.seconds / (chromiumResult.docs / chromiumResult.seconds);
    console.log(`throughput ratio pdfkit / Chromium: ${fixed(ratio, 1)}x`);
    const met = ratio >= TARGET.ratio && pdfkitP50 < TARGET.p50Ms;
    console.log(
      `target: >= ${TARGET.ratio}x and pdfkit p50 < ${TARGET.p50Ms} ms: ${met ? 'MET' : 'NOT MET'}`,
    );
  } else {
    const met = pdfkitP50 < TARGET.p50Ms;
    console.log(
      `target: >= ${TARGET.ratio}x and pdfkit p50 < ${TARGET.p50Ms} ms: ratio not measured (no Chromium); p50 ${met ? 'MET' : 'NOT MET'}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
