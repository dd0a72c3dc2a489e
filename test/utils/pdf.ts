import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** A PDF as a text extractor reads it: the text of each page, and the document's metadata. */
export interface ReadPdf {
  pages: string[];
  info: Record<string, unknown>;
}

/**
 * Text and metadata of PDFs as pdfjs-dist (legacy build) reads them. pdfjs-dist ships only as ES modules,
 * which this project's jest (CommonJS through swc) cannot load untransformed, so it runs in a plain Node
 * child process, one for all the PDFs given.
 */
export function readPdfs(pdfs: Record<string, Buffer>): Record<string, ReadPdf> {
  const script = `
    const { docs, pdfjs } = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    import(pdfjs).then(async ({ getDocument }) => {
      const out = {};
      for (const [name, base64] of Object.entries(docs)) {
        const doc = await getDocument({ data: new Uint8Array(Buffer.from(base64, 'base64')), verbosity: 0 }).promise;
        const pages = [];
        for (let n = 1; n <= doc.numPages; n++) {
          const content = await (await doc.getPage(n)).getTextContent();
          pages.push(content.items.map((item) => item.str ?? '').join(' '));
        }
        const { info } = await doc.getMetadata();
        out[name] = { pages, info };
        await doc.destroy();
      }
      process.stdout.write(JSON.stringify(out));
    });
  `;
  const input = JSON.stringify({
    pdfjs: pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href,
    docs: Object.fromEntries(Object.entries(pdfs).map(([name, pdf]) => [name, pdf.toString('base64')])),
  });
  const output = execFileSync(process.execPath, ['-e', script], { input, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(output.toString('utf8')) as Record<string, ReadPdf>;
}

/** Lines wrap and extractors split runs differently: compare text without whitespace. */
export const squash = (text: string): string => text.replace(/\s+/g, '');
