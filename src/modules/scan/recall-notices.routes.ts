import type { FastifyInstance, FastifyRequest } from 'fastify';
import { execute } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createContext } from '../../app/context';
import { PublicRecallDocument, PublicRecallsDocument } from '../../generated/operations';
import { PUBLIC_VIEWER } from '../access/viewer';
import { publicBaseUrl } from '../lot/digital-link';
import { sitePath } from './error.pages';
import { recallFeed, recallListPage, recallNoticePage, recallNotFoundPage } from './recall-notices.page';
import { pickLang, type Lang } from './scan.i18n';
import type { ScanDeps } from './scan.service';

/**
 * `GET /recalls` (the public list: recalls in force, then completed ones, paged), `GET /recalls/{number}`
 * (one notice) and `GET /recalls.atom` (the feed), read through the API as the public: drafts never
 * show, because the public API never returns them.
 */

const NUMBER = /^RC-\d{4}-\d{4,}$/;
const ACTIVE_MAX = 100;
const COMPLETED_PAGE = 30;
const FEED_SIZE = 50;

function langOf(request: FastifyRequest): Lang {
  const q = (request.query as Record<string, unknown>)?.lang;
  return pickLang(typeof q === 'string' ? q : undefined, request.headers['accept-language']);
}

export function registerRecallNoticeRoutes(app: FastifyInstance, deps: ScanDeps): void {
  const run = async <R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    request: FastifyRequest,
  ) => {
    const contextValue = createContext(deps.orm.em.fork(), PUBLIC_VIEWER, deps.services, {
      ip: request.ip,
      baseUrl: publicBaseUrl(request),
    });
    const res = await execute({ schema: deps.schema, document, variableValues: variables, contextValue });
    if (res.errors?.length) throw res.errors[0];
    return res.data as R;
  };
  const page = (reply: import('fastify').FastifyReply, status: number, lang: Lang, body: string) =>
    reply
      .code(status)
      .header('content-language', lang === 'zh' ? 'zh-CN' : 'en')
      .header('vary', 'Accept-Language')
      .header('cache-control', 'public, max-age=60')
      .type('text/html; charset=utf-8')
      .send(body);

  app.get('/recalls', async (request, reply) => {
    const lang = langOf(request);
    const after = (request.query as Record<string, unknown>)?.after;
    const cursor = typeof after === 'string' && after.length <= 40 ? after : null;
    const [active, completed] = (await Promise.all([
      run(PublicRecallsDocument, { status: 'ACTIVE', first: ACTIVE_MAX, after: null }, request),
      run(PublicRecallsDocument, { status: 'COMPLETED', first: COMPLETED_PAGE, after: cursor }, request),
    ]).catch((err: { extensions?: { code?: string } }) => {
      if (err.extensions?.code === 'BAD_USER_INPUT') return null;
      throw err;
    })) ?? [null, null];
    if (!active || !completed)
      return reply.code(400).send({ error: 'Bad Request', reason: 'after is not a cursor of this list.' });
    const next = completed.recalls.pageInfo.hasNextPage ? completed.recalls.pageInfo.endCursor : null;
    return page(
      reply,
      200,
      lang,
      recallListPage({ lang, selfPath: sitePath(request.url) }, active.recalls.nodes, {
        nodes: completed.recalls.nodes,
        next,
      }),
    );
  });

  app.get('/recalls.atom', async (request, reply) => {
    const lang = langOf(request);
    const [active, completed] = await Promise.all([
      run(PublicRecallsDocument, { status: 'ACTIVE', first: FEED_SIZE, after: null }, request),
      run(PublicRecallsDocument, { status: 'COMPLETED', first: FEED_SIZE, after: null }, request),
    ]);
    return reply
      .header('cache-control', 'public, max-age=300')
      .type('application/atom+xml; charset=utf-8')
      .send(recallFeed(lang, publicBaseUrl(request), [...active.recalls.nodes, ...completed.recalls.nodes]));
  });

  app.get<{ Params: { number: string } }>('/recalls/:number', async (request, reply) => {
    const lang = langOf(request);
    const pc = { lang, selfPath: sitePath(request.url) };
    const number = request.params.number;
    const { recall } = NUMBER.test(number) ? await run(PublicRecallDocument, { number }, request) : { recall: null };
    // A draft never shows (the public API does not return one); one terminated before activation was never public.
    if (!recall || !recall.activatedAt) return page(reply, 404, lang, recallNotFoundPage(pc));
    return page(reply, 200, lang, recallNoticePage(pc, recall));
  });
}
