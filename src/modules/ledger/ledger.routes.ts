import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import { createLoaders } from '../../app/loaders';
import { ledgerDay } from './ledger.resolver';

/**
 * `GET /ledger/heads/{YYYY-MM-DD}`: every organization's chain head at the end of that day (China
 * time), as JSON anyone can archive or publish. A past day's answer never changes, so it is cacheable.
 */
export function registerLedgerRoutes(app: FastifyInstance, orm: MikroORM): void {
  app.get<{ Params: { day: string } }>('/ledger/heads/:day', async (request, reply) => {
    const em = orm.em.fork();
    try {
      const d = await ledgerDay({ em, loaders: createLoaders(em) }, request.params.day);
      reply.header('cache-control', d.final ? 'public, max-age=86400, immutable' : 'no-store');
      return {
        day: d.day,
        final: d.final,
        heads: d.heads.map((h) => ({
          organization: {
            id: h.organization.globalId,
            name: h.organization.name,
            creditCode: h.organization.creditCode,
          },
          seq: h.seq,
          hash: h.hash,
          recordedAt: h.recordedAt.toISOString(),
        })),
      };
    } catch (err) {
      if (err instanceof GraphQLError) return reply.code(400).send({ error: 'bad request', reason: err.message });
      throw err;
    }
  });
}
