import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PostgreSQL embedded in the process (PGlite, WebAssembly) behind a PostgreSQL wire-protocol socket, so
 * that the same `pg` driver and SQL serve both. It serves one query at a time: use a pool of 1.
 */
export interface EmbeddedDatabase {
  url: string;
  close(): Promise<void>;
}

export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  // The pool uses one connection at a time. The server takes one more, so that the connection replacing
  // one the pool just closed is not refused while the server still tears the closed one down.
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 2 });
  await server.start();
  const port = portOf(server);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}

function portOf(server: PGLiteSocketServer): number {
  const s = server as unknown as { server?: { address(): { port: number } | string | null } };
  const addr = s.server?.address();
  if (addr && typeof addr === 'object') return addr.port;
  throw new Error('embedded database: could not read the socket port');
}
