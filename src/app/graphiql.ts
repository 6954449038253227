import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hashKey } from '../modules/api-key/api-key.service';
import { Html, html } from '../modules/scan/html';
import { pickLang, type Lang } from '../modules/scan/scan.i18n';
import { DEMO_KEYS, DEMO_LOTS } from '../../seeds/demo';

/**
 * The GraphQL IDE a browser gets at GET /graphql: GraphiQL 4 with React 18, their UMD builds served from
 * node_modules (Apollo's own landing page loads Apollo Sandbox and its fonts from Apollo's CDNs, which fail
 * offline and are blocked or slow in mainland China). The page asks nothing of another host, and its
 * Content-Security-Policy forbids it. GraphiQL posts JSON, which passes Apollo's CSRF prevention.
 *
 * When the demo data is loaded, its keys are buttons that put `Authorization: Bearer <key>` in the
 * headers editor. Only the demo's fixed keys are ever shown, and only while they work on this database;
 * real keys are stored as hashes and cannot be shown.
 */

const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
const GRAPHIQL_VERSION = (
  JSON.parse(fs.readFileSync(path.join(packageDir('graphiql'), 'package.json'), 'utf8')) as { version: string }
).version;

/** The files under /graphiql/, from the installed packages. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.production.min.js': {
    file: path.join(packageDir('react'), 'umd/react.production.min.js'),
    type: 'text/javascript',
  },
  'react-dom.production.min.js': {
    file: path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
    type: 'text/javascript',
  },
  'graphiql.min.js': { file: path.join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.min.css': { file: path.join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
};

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TEXTS = {
  zh: {
    title: 'GraphQL API · 产品追溯',
    keys: '演示密钥（点一下即放入请求头）',
    keysNone:
      '这个数据库没有演示数据，不提供演示密钥；把你的密钥写进下方 Headers：{"Authorization": "Bearer <密钥>"}。',
    public: '公众（无密钥）',
    loading: '正在加载 GraphiQL…',
    noscript: 'GraphiQL 需要 JavaScript。也可以直接向本地址 POST JSON：{"query": "…"}，模式见 schema/schema.graphql。',
    roles: {
      SUPPLIER: '供应商',
      PRODUCER: '生产商',
      DISTRIBUTOR: '经销商',
      RETAILER: '零售商',
      REGULATOR: '监管部门',
      TESTING_LAB: '检测机构',
    },
  },
  en: {
    title: 'GraphQL API · product traceability',
    keys: 'Demo keys (one click puts it in the headers)',
    keysNone:
      'This database has no demo data, so no demo keys: put your key in Headers below: ' +
      '{"Authorization": "Bearer <key>"}.',
    public: 'The public (no key)',
    loading: 'Loading GraphiQL…',
    noscript:
      'GraphiQL needs JavaScript. You can also POST JSON to this address: {"query": "…"}; ' +
      'the schema is schema/schema.graphql.',
    roles: {
      SUPPLIER: 'supplier',
      PRODUCER: 'producer',
      DISTRIBUTOR: 'distributor',
      RETAILER: 'retailer',
      REGULATOR: 'regulator',
      TESTING_LAB: 'testing lab',
    },
  },
} satisfies Record<Lang, unknown>;

type Role = keyof typeof DEMO_KEYS;

export interface DemoKey {
  role: Role;
  key: string;
  organization: string;
}

/** The demo keys that work on this database now, with their organizations' names; none without the demo data. */
export async function workingDemoKeys(em: EntityManager): Promise<DemoKey[]> {
  const byHash = new Map(Object.entries(DEMO_KEYS).map(([role, key]) => [hashKey(key), { role: role as Role, key }]));
  const rows = await em.execute<{ key_hash: string; name: string }[]>(
    `select k.key_hash, o.name from api_key k join organization o on o.id = k.organization_id
      where k.key_hash = any(?::text[]) and k.revoked_at is null and (k.expires_at is null or k.expires_at > now())`,
    [`{${[...byHash.keys()].join(',')}}`],
  );
  const found = new Map(rows.map((r) => [r.key_hash, r.name]));
  return [...byHash].filter(([hash]) => found.has(hash)).map(([hash, k]) => ({ ...k, organization: found.get(hash)! }));
}

/** The query the editor opens with (GraphiQL keeps the user's own tabs after that). */
function defaultQuery(lang: Lang, demo: boolean): string {
  const zh = lang === 'zh';
  if (!demo) {
    return `# ${zh ? '按 GTIN 和批号追溯一个批次（在 Variables 里填写）' : 'Trace a lot by its GTIN and lot number (see Variables)'}
query ($gtin: String!, $lotNumber: String!) {
  lot(gtin: $gtin, lotNumber: $lotNumber) {
    digitalLink
    product { name brand producer { name } }
    upstream { nodes { depth lot { lotNumber } } }
  }
}
`;
  }
  const { gtin, lotNumber } = DEMO_LOTS.rideOnToy;
  return `# ${zh ? '演示数据中的儿童电动车批次；选一个演示密钥，看到的会不同' : 'The demo ride-on toy lot; pick a demo key to see more'}
query {
  lot(gtin: "${gtin}", lotNumber: "${lotNumber}") {
    digitalLink
    product { name brand producer { name } }
    upstream { nodes { depth lot { lotNumber product { name } } usedIn { output { lotNumber } quantity unit } } }
    holders(first: 10) { nodes { organization { name } quantities { onHand sold } } }
  }
}
`;
}

function page(lang: Lang, keys: DemoKey[], endpoint: string): string {
  const t = TEXTS[lang];
  const config = { endpoint, defaultQuery: defaultQuery(lang, keys.length > 0) };
  // JSON in a non-executed script element: `<` escaped so that no text can close it.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  const v = `?v=${GRAPHIQL_VERSION}`;
  const style = `
    html, body { height: 100%; margin: 0; }
    body { display: flex; flex-direction: column; font: 14px/1.4 system-ui, sans-serif; }
    .ide-keys { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 6px 12px;
      border-bottom: 1px solid #d0d4da; background: #f6f7f9; color: #1b1f24; }
    .ide-keys h1 { font-size: 15px; margin: 0 12px 0 0; }
    .ide-keys p { margin: 0; }
    .ide-keys button { font: inherit; padding: 2px 8px; border: 1px solid #8a94a3; border-radius: 4px;
      background: #fff; color: #1b1f24; cursor: pointer; }
    .ide-keys button[aria-pressed="true"] { background: #0b5cad; border-color: #0b5cad; color: #fff; }
    #graphiql { flex: 1; min-height: 0; }`;
  return `<!doctype html>${html`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<link rel="stylesheet" href="/graphiql/graphiql.min.css${v}">
<link rel="icon" href="data:,">
<style>${new Html(style)}</style>
</head>
<body>
<header class="ide-keys">
<h1>${t.title}</h1>
${
  keys.length
    ? html`<p id="ide-keys-label">${t.keys}:</p>
<div role="group" aria-labelledby="ide-keys-label">
<button type="button" data-demo-key="" aria-pressed="true">${t.public}</button>
${keys.map(
  (k) =>
    html`<button type="button" data-demo-key="${k.key}" aria-pressed="false" title="Bearer ${k.key}">${
      k.organization
    } · ${t.roles[k.role]}</button>\n`,
)}</div>`
    : html`<p>${t.keysNone}</p>`
}
</header>
<main id="graphiql" aria-label="GraphiQL">${t.loading}</main>
<noscript><p>${t.noscript}</p></noscript>
<script type="application/json" id="ide-config">${new Html(json)}</script>
<script src="/graphiql/react.production.min.js${v}"></script>
<script src="/graphiql/react-dom.production.min.js${v}"></script>
<script src="/graphiql/graphiql.min.js${v}"></script>
<script src="/graphiql/ide.js${v}"></script>
</body>
</html>`}`;
}

/**
 * Runs in the browser (served as /graphiql/ide.js, from this function's own source): mounts GraphiQL and
 * wires the demo key buttons. It may use only the browser's globals and those of the UMD scripts.
 */
function browserScript(): void {
  type El = { createElement(type: unknown, props: object): unknown };
  const w = globalThis as unknown as {
    React: El;
    ReactDOM: { createRoot(el: unknown): { render(el: unknown): void } };
    GraphiQL: { createFetcher(o: { url: string }): unknown };
    setTimeout(f: () => void, ms: number): unknown;
    document: {
      getElementById(id: string): { textContent: string | null } | null;
      querySelector(s: string): { classList: { contains(c: string): boolean }; click(): void } | null;
      querySelectorAll(s: string): ArrayLike<{
        getAttribute(n: string): string | null;
        setAttribute(n: string, v: string): void;
        addEventListener(e: string, f: () => void): void;
      }>;
    };
  };
  const config = JSON.parse(w.document.getElementById('ide-config')!.textContent!) as {
    endpoint: string;
    defaultQuery: string;
  };
  const fetcher = w.GraphiQL.createFetcher({ url: config.endpoint });
  const root = w.ReactDOM.createRoot(w.document.getElementById('graphiql'));
  const buttons = Array.from(w.document.querySelectorAll('button[data-demo-key]'));
  let headers = '';
  const render = () =>
    root.render(
      w.React.createElement(w.GraphiQL, {
        fetcher,
        defaultQuery: config.defaultQuery,
        headers,
        // The headers are shown once a key is picked; they are never written to the browser's storage.
        defaultEditorToolsVisibility: headers ? 'headers' : undefined,
        shouldPersistHeaders: false,
      }),
    );
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const key = button.getAttribute('data-demo-key');
      headers = key ? JSON.stringify({ Authorization: `Bearer ${key}` }, null, 2) : '';
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
      render();
      // Show the headers editor, so that the user sees what the button did (GraphiQL 4's own tab).
      w.setTimeout(() => {
        const tab = w.document.querySelector('.graphiql-editor-tools button[data-name="headers"]');
        if (key && tab && !tab.classList.contains('active')) tab.click();
      }, 0);
    });
  }
  render();
}

const BROWSER_SCRIPT = `(${browserScript.toString()})();\n`;

/** Whether a request to /graphql is a browser opening the address (and not a GraphQL request over GET). */
function wantsIde(request: FastifyRequest): boolean {
  if (request.method !== 'GET') return false;
  const q = request.query as Record<string, unknown> | undefined;
  if (q && q.query !== undefined) return false;
  return /\btext\/html\b/.test(request.headers.accept ?? '');
}

export function registerGraphiql(app: FastifyInstance, orm: MikroORM): void {
  const cached = new Map<string, Buffer>();
  app.get<{ Params: { file: string } }>('/graphiql/:file', async (request, reply) => {
    const { file } = request.params;
    if (file === 'ide.js') return sendAsset(reply, Buffer.from(BROWSER_SCRIPT), 'text/javascript');
    const asset = ASSETS[file];
    if (!asset) return reply.code(404).send({ error: 'not_found', reason: `No file ${file} here.` });
    let body = cached.get(file);
    if (!body) cached.set(file, (body = await fs.promises.readFile(asset.file)));
    return sendAsset(reply, body, asset.type);
  });

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.split('?')[0] !== '/graphql' || !wantsIde(request)) return;
    const q = request.query as { lang?: string } | undefined;
    const lang = pickLang(q?.lang, request.headers['accept-language']);
    const keys = await workingDemoKeys(orm.em.fork());
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', CSP)
      .header('cache-control', 'no-store')
      .header('vary', 'Accept, Accept-Language')
      .send(page(lang, keys, '/graphql'));
  });
}

function sendAsset(reply: FastifyReply, body: Buffer, type: string) {
  return reply
    .header('content-type', `${type}; charset=utf-8`)
    .header('cache-control', 'public, max-age=86400')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}
