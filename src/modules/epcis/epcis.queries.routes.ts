/**
 * Named queries and subscriptions of the EPCIS 2.0 REST binding: `/epcis/queries` (save, list, read, delete,
 * run) and `/epcis/queries/{name}/subscriptions` (subscribe a webhook, list, read with the record of its
 * deliveries, cancel). Each organization has its own names.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { OrganizationViewer } from '../access/viewer';
import { authenticateEpcis } from './epcis.auth';
import { checkVersions, versionHeaders } from './epcis.capture.routes';
import { deleteQuery, listQueries, queryBody, queryNamed, saveQuery } from './epcis.named-queries';
import { EpcisProblem } from './epcis.problem';
import { answerQuery } from './epcis.query.routes';
import type { ReadRouter } from '../../db/replicas';
import { listSubscriptions, subscribe, subscriptionWithDeliveries, unsubscribe } from './epcis.subscriptions';

async function organization(request: FastifyRequest, orm: MikroORM): Promise<OrganizationViewer> {
  checkVersions(request);
  const v = await authenticateEpcis(request, orm.em.fork());
  if (v.kind !== 'organization')
    throw new EpcisProblem(
      401,
      'SecurityException',
      'Named queries need an API key: send "Authorization: Bearer <key>".',
    );
  return v;
}

type Name = { name: string };
type Sub = { name: string; id: string };

export function registerNamedQueryRoutes(app: FastifyInstance, orm: MikroORM, reads: ReadRouter): void {
  app.post('/epcis/queries', async (request, reply) => {
    const v = await organization(request, orm);
    const q = await saveQuery(orm.em.fork(), v.organizationId, request.body);
    versionHeaders(reply);
    return reply
      .code(201)
      .header('location', `/epcis/queries/${encodeURIComponent(q.name)}`)
      .send(queryBody(q));
  });
  app.get('/epcis/queries', async (request, reply) => {
    const v = await organization(request, orm);
    versionHeaders(reply);
    return (await listQueries(orm.em.fork(), v.organizationId)).map(queryBody);
  });
  app.get<{ Params: Name }>('/epcis/queries/:name', async (request, reply) => {
    const v = await organization(request, orm);
    versionHeaders(reply);
    return queryBody(await queryNamed(orm.em.fork(), v.organizationId, request.params.name));
  });
  app.delete<{ Params: Name }>('/epcis/queries/:name', async (request, reply) => {
    const v = await organization(request, orm);
    await deleteQuery(orm.em.fork(), v.organizationId, request.params.name);
    return reply.code(204).send();
  });
  app.get<{ Params: Name; Querystring: Record<string, string | string[] | undefined> }>(
    '/epcis/queries/:name/events',
    async (request, reply) => {
      const v = await organization(request, orm);
      const q = await queryNamed(orm.em.fork(), v.organizationId, request.params.name);
      const paging = Object.fromEntries(
        Object.entries(request.query).filter(([k]) => k === 'perPage' || k === 'nextPageToken'),
      );
      if (Object.keys(paging).length !== Object.keys(request.query).length) {
        throw new EpcisProblem(
          400,
          'QueryParameterException',
          'A named query takes perPage and nextPageToken only; its parameters are saved with it.',
        );
      }
      return answerQuery(reads, request, reply, paging, q.params, q.name);
    },
  );

  app.post<{ Params: Name }>('/epcis/queries/:name/subscriptions', async (request, reply) => {
    const v = await organization(request, orm);
    const s = await subscribe(orm.em.fork(), v.organizationId, request.params.name, request.body);
    versionHeaders(reply);
    return reply
      .code(201)
      .header('location', s.location)
      .send({ subscriptionID: s.subscriptionID, ...(s.secret ? { signatureToken: s.secret } : {}) });
  });
  app.get<{ Params: Name }>('/epcis/queries/:name/subscriptions', async (request, reply) => {
    const v = await organization(request, orm);
    versionHeaders(reply);
    return listSubscriptions(orm.em.fork(), v.organizationId, request.params.name);
  });
  app.get<{ Params: Sub }>('/epcis/queries/:name/subscriptions/:id', async (request, reply) => {
    const v = await organization(request, orm);
    versionHeaders(reply);
    return subscriptionWithDeliveries(orm.em.fork(), v.organizationId, request.params.name, request.params.id);
  });
  app.delete<{ Params: Sub }>('/epcis/queries/:name/subscriptions/:id', async (request, reply) => {
    const v = await organization(request, orm);
    await unsubscribe(orm.em.fork(), v.organizationId, request.params.name, request.params.id);
    return reply.code(204).send();
  });
}
