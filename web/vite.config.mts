import react from '@vitejs/plugin-react-swc';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { sourcesHash, STAMP_FILE } from './tools/sources.mjs';

const WEB = import.meta.dirname;
const OUT = join(WEB, 'dist');

/** Where `npm run dev:web` sends /api and /health: the service started with `npm start` (PORT 3000). */
const SERVICE = process.env.QUAYSIDE_URL ?? 'http://127.0.0.1:3000';

/**
 * Each asset also as .br and .gz beside it, made once here: the service sends them to browsers that accept
 * them (@fastify/static's preCompressed), compressing nothing per request. Brotli at 9, not 11: within a few
 * per cent of the size, for a sixth of the time (0.6 s of CPU rather than 3.7 s for this console).
 */
function precompress(): Plugin {
  return {
    name: 'quayside:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? OUT;
      const files = Object.keys(bundle).filter((name) => /\.(js|css|svg|json)$/.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(dir, name);
          const content = readFileSync(path);
          const [br, gz] = await Promise.all([
            promisify(brotliCompress)(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
            promisify(gzip)(content, { level: 9 }),
          ]);
          writeFileSync(`${path}.br`, br);
          writeFileSync(`${path}.gz`, gz);
        }),
      );
    },
  };
}

/** The hash of the sources this build was made from: `npm start` skips the build while it still matches. */
function stamp(): Plugin {
  let outDir = OUT;
  return {
    name: 'quayside:stamp',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, STAMP_FILE), `${sourcesHash(WEB)}\n`);
    },
  };
}

export default defineConfig({
  root: WEB,
  plugins: [react(), precompress(), stamp()],
  // The service replaces this with each answer's nonce (src/common/http/console.ts); Vite puts it on the
  // tags it writes and in a `csp-nonce` meta tag, which the app hands to Ant Design.
  html: { cspNonce: 'QUAYSIDE_CSP_NONCE' },
  build: {
    outDir: OUT,
    emptyOutDir: true,
    // .vite/manifest.json: which chunks each page needs (web/tools/bundle-size.ts adds them up).
    manifest: true,
    // Ant Design's core is one chunk of about 1 MB before compression; shared by every page.
    chunkSizeWarningLimit: 1600,
  },
  server: {
    proxy: {
      '/api': { target: SERVICE },
      '/health': { target: SERVICE },
    },
  },
});
