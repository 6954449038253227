import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

/**
 * The console's static files, served by the server itself (no outside host): read once at start, named
 * with a hash of their content so that browsers may keep them for a year. A page names the scripts it
 * needs (`Page.scripts`); nothing else is loaded. To add a file, add a line to ASSET_FILES.
 */

/** The checkout's root (the folder with package.json), from src/ under vitest and from dist/src/ when built. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}

const ROOT = projectRoot();
const OWN = path.join(ROOT, 'src/modules/console/assets');

const ASSET_FILES = {
  'console.css': { file: path.join(OWN, 'console.css'), type: 'text/css; charset=utf-8' },
  'passkey.js': { file: path.join(OWN, 'passkey.js'), type: 'text/javascript; charset=utf-8' },
  'lot-search.js': { file: path.join(OWN, 'lot-search.js'), type: 'text/javascript; charset=utf-8' },
  'upload.js': { file: path.join(OWN, 'upload.js'), type: 'text/javascript; charset=utf-8' },
  // The browser half of SimpleWebAuthn (13 KB), from the package itself.
  'simplewebauthn.js': {
    file: path.join(path.dirname(require.resolve('@simplewebauthn/browser')), '../dist/bundle/index.umd.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
  // The counter's scanner (pages/counter.page.ts only): zxing-wasm's reader, its WebAssembly file, and ours.
  'zxing-reader.js': {
    file: path.join(path.dirname(require.resolve('zxing-wasm/reader/zxing_reader.wasm')), '../iife/reader/index.js'),
    type: 'text/javascript; charset=utf-8',
  },
  'zxing_reader.wasm': {
    file: require.resolve('zxing-wasm/reader/zxing_reader.wasm'),
    type: 'application/wasm',
  },
  'counter-scan.js': { file: path.join(OWN, 'counter-scan.js'), type: 'text/javascript; charset=utf-8' },
} as const;

export type AssetName = keyof typeof ASSET_FILES;

interface Asset {
  body: Buffer;
  type: string;
  hash: string;
}

const loaded = new Map<AssetName, Asset>();

function asset(name: AssetName): Asset {
  let a = loaded.get(name);
  if (!a) {
    const body = readFileSync(ASSET_FILES[name].file);
    a = { body, type: ASSET_FILES[name].type, hash: createHash('sha256').update(body).digest('hex').slice(0, 12) };
    loaded.set(name, a);
  }
  return a;
}

/** The address of an asset, with its content hash. */
export function assetUrl(name: AssetName): string {
  return `/console/assets/${name}?v=${asset(name).hash}`;
}

/** GET /console/assets/<name>; registered inside the console's scope. */
export function registerAssetRoutes(app: FastifyInstance): void {
  for (const name of Object.keys(ASSET_FILES) as AssetName[]) asset(name);
  app.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
    const name = request.params.name as AssetName;
    if (!(name in ASSET_FILES)) return reply.callNotFound();
    const a = asset(name);
    const etag = `"${a.hash}"`;
    reply.header('cache-control', 'public, max-age=31536000, immutable').header('etag', etag).type(a.type);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.send(a.body);
  });
}
