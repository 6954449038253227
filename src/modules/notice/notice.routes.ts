import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import { RECALL_ACTIVATED, type Bus } from '../../app/bus';
import { authenticate } from '../api-key/api-key.service';

const HEARTBEAT_MS = 25_000;

/**
 * `GET /notices/stream` (Server-Sent Events, `Authorization: Bearer <key>`): a holder's recall notices
 * the moment a recall is activated on any server instance. The feed itself is the `recallNotices`
 * query; this stream only says "look now", so a client that was offline loses nothing.
 */
export function registerNoticeRoutes(app: FastifyInstance, orm: MikroORM, bus: Bus): void {
  const open = new Set<() => void>();
  // Streams never end by themselves: close them when the server stops.
  app.addHook('onClose', async () => {
    for (const close of open) close();
  });
  app.get('/notices/stream', async (request, reply) => {
    let viewer;
    try {
      viewer = await authenticate(orm.em.fork(), request.headers.authorization);
    } catch (err) {
      if (err instanceof GraphQLError) return reply.code(401).send({ error: 'unauthenticated', reason: err.message });
      throw err;
    }
    if (viewer.kind !== 'organization')
      return reply.code(401).send({ error: 'unauthenticated', reason: 'Send "Authorization: Bearer <key>".' });
    const orgId = viewer.organizationId;
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const off = bus.subscribe(RECALL_ACTIVATED, (msg) => {
      const m = msg as { recallId: string; number: string; organizationIds: string[] };
      if (m.organizationIds.includes(orgId))
        res.write(`event: recall\ndata: ${JSON.stringify({ recallId: m.recallId, number: m.number })}\n\n`);
    });
    const beat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const close = () => {
      clearInterval(beat);
      off();
      open.delete(close);
      res.end();
    };
    open.add(close);
    request.raw.on('close', close);
    // "connected" once a recall activated on any instance reaches this stream.
    await bus.listening(RECALL_ACTIVATED);
    if (!res.writableEnded) res.write(': connected\n\n');
  });
}
