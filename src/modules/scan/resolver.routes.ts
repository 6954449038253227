/**
 * The platform as its own GS1 Digital Link resolver (GS1-Conformant Resolver Standard 1.1): GET and
 * HEAD on `/01/{gtin}[/22/…][/10/{lot}][/21/…]`, with any path prefix and query-string attributes.
 * A browser gets the scan page; `linkType=linkset` (or `all`) or `Accept: application/linkset+json`
 * gets the RFC 9264 linkset; `linkType=gs1:…` gets a 307 to that link with the query string passed on.
 * Every answer carries a Link header to the linkset. A malformed URI or wrong check digit is a 400 with
 * the reason, an unknown GTIN or lot a 404 (for a browser, pages that say so in its language). A code
 * printed with GS1's convenience alphas (`/gtin/…/lot/…`) is sent on (301) to its numeric form.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  aiValueOf,
  convenienceAlphaAi,
  DigitalLinkError,
  escapeAiValue,
  parseDigitalLink,
  type DigitalLink,
} from '../../common/gs1-digital-link';
import { isPrimaryKey } from '../../common/gs1-ai';
import { digitalLinkOf, publicBaseUrl } from '../lot/digital-link';
import { Lot } from '../lot/lot.entity';
import { Product } from '../product/product.entity';
import { linksetOf, linkTarget, LINK_TYPES } from './linkset';
import { badCodePage, badCodeReason, noSuchPage, sitePath, unknownItemPage } from './error.pages';
import { pickLang, WORDS, type Lang } from './scan.i18n';
import { scanPage, type ScanDeps } from './scan.service';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Link, Location, ETag',
};

/** What a resolver request names: the item and how to answer. */
interface Item {
  gtin: string;
  lotNumber: string | null;
  /** Canonical path of the item on this resolver, e.g. /01/06901234567892/10/LOT1. */
  path: string;
  link: DigitalLink;
}

function problem(reply: FastifyReply, status: 400 | 404, reason: string) {
  // The same URI gives a browser a page: caches keep the two apart.
  return reply
    .code(status)
    .headers(CORS)
    .header('vary', 'Accept, Accept-Language')
    .type('application/json; charset=utf-8')
    .send({ error: status === 400 ? 'Bad Request' : 'Not Found', reason });
}

/** The path of a Digital Link in its canonical numeric form: every key and qualifier, values escaped. */
function canonicalPathOf(link: DigitalLink): string {
  return link.path.map((p) => `/${p.ai}/${escapeAiValue(p.value)}`).join('');
}

function segmentsOf(url: string): string[] {
  return url.split('?')[0].split('/');
}

function queryOf(url: string): string {
  return url.includes('?') ? url.slice(url.indexOf('?')) : '';
}

/** Browsers ask for HTML and get error pages; API clients and tools (`*\/*`) keep JSON. */
function wantsHtml(request: FastifyRequest): boolean {
  return /\btext\/html\b/.test(request.headers.accept ?? '');
}

function langOf(request: FastifyRequest): Lang {
  const query = queryOf(request.url);
  const q = query ? new URLSearchParams(query.slice(1)).get('lang') : null;
  return pickLang(q ?? undefined, request.headers['accept-language']);
}

function htmlPage(reply: FastifyReply, status: number, lang: Lang, page: string) {
  return reply
    .code(status)
    .headers(CORS)
    .header('content-language', lang === 'zh' ? 'zh-CN' : 'en')
    .header('vary', 'Accept, Accept-Language')
    .type('text/html; charset=utf-8')
    .send(page);
}

/** Reads the item from the request URI, or answers 400 / 404 itself: a page for a browser, JSON otherwise. */
function itemOf(request: FastifyRequest, reply: FastifyReply): Item | null {
  const uri = `${request.protocol}://${request.host}${request.url}`;
  const lang = langOf(request);
  const pc = { lang, selfPath: sitePath(request.url) };
  let link: DigitalLink;
  try {
    link = parseDigitalLink(uri, { zeroSuppressedGtin: true });
  } catch (plainErr) {
    if (!(plainErr instanceof DigitalLinkError)) throw plainErr;
    // Printed codes with GS1's old alphabetic names (/gtin/…/lot/…) exist: they are read, and sent on to
    // the one numeric form, so that a lot has one address (pages, forms, caches and links all use it).
    let err = plainErr;
    try {
      const alphas = parseDigitalLink(uri, { zeroSuppressedGtin: true, convenienceAlphas: true });
      void reply
        .code(301)
        .headers(CORS)
        .header('cache-control', 'public, max-age=86400')
        .header('location', `${publicBaseUrl(request)}${canonicalPathOf(alphas)}${queryOf(request.url)}`)
        .send();
      return null;
    } catch (alphaErr) {
      if (!(alphaErr instanceof DigitalLinkError)) throw alphaErr;
      // When the alphas are what made it readable at all, the reason from that reading says more.
      if (segmentsOf(request.url).some((seg) => convenienceAlphaAi(seg))) err = alphaErr;
    }
    // A path naming no GS1 key at all is not a Digital Link: plain 404. One that does, but wrongly, is a 400.
    if (!segmentsOf(request.url).some((seg) => isPrimaryKey(convenienceAlphaAi(seg) ?? seg))) {
      void (wantsHtml(request) ? htmlPage(reply, 404, lang, noSuchPage(pc)) : problem(reply, 404, 'No such page.'));
      return null;
    }
    const reason = `Not a valid GS1 Digital Link URI: ${err.message}.`;
    void (wantsHtml(request)
      ? htmlPage(reply, 400, lang, badCodePage(pc, badCodeReason(err), reason))
      : problem(reply, 400, reason));
    return null;
  }
  if (link.path[0].ai !== '01') {
    const reason = `This resolver knows trade items (AI 01, GTIN) only, not AI (${link.path[0].ai}).`;
    void (wantsHtml(request) ? htmlPage(reply, 404, lang, noSuchPage(pc, true)) : problem(reply, 404, reason));
    return null;
  }
  const gtin = link.path[0].value;
  const lotNumber = aiValueOf(link, '10') ?? null;
  return { gtin, lotNumber, link, path: lotNumber === null ? `/01/${gtin}` : digitalLinkOf('', gtin, lotNumber) };
}

async function exists(deps: ScanDeps, item: Item): Promise<boolean> {
  return deps.services.reads.read(null, async (em) => {
    const product = await em.findOne(Product, { gtin: item.gtin }, { fields: ['id'] });
    if (!product || item.lotNumber === null) return product !== null;
    return (await em.count(Lot, { product, lotNumber: item.lotNumber })) > 0;
  });
}

function wantsLinkset(request: FastifyRequest, linkType: string | undefined): boolean {
  if (linkType === 'linkset' || linkType === 'all') return true;
  if (linkType) return false;
  const accept = request.headers.accept ?? '';
  return /application\/linkset\+json/.test(accept) || (/application\/json/.test(accept) && !/text\/html/.test(accept));
}

/** The target with the request's query string passed on, less `linkType`. */
function withQuery(target: string, requestUrl: string): string {
  const q = requestUrl.includes('?') ? requestUrl.slice(requestUrl.indexOf('?') + 1) : '';
  const kept = q.split('&').filter((p) => p && !p.startsWith('linkType='));
  const url = new URL(target);
  url.search = kept.join('&');
  return url.toString();
}

export function registerResolverRoutes(app: FastifyInstance, deps: ScanDeps): void {
  const handle = async (request: FastifyRequest, reply: FastifyReply) => {
    const item = itemOf(request, reply);
    if (!item) return reply;
    const base = publicBaseUrl(request);
    const linksetUrl = `${base}${item.path}?linkType=linkset`;
    reply
      .headers(CORS)
      .header('link', `<${linksetUrl}>; rel="linkset"; type="application/linkset+json"`)
      .header('vary', 'Accept, Accept-Language');
    const linkType = item.link.params.get('linkType');
    const lang = pickLang(item.link.params.get('lang'), request.headers['accept-language']);

    if (wantsLinkset(request, linkType)) {
      if (!(await exists(deps, item))) return problem(reply, 404, WORDS.en.notFound);
      return reply.type('application/linkset+json').send(linksetOf(base, item.path, item.lotNumber !== null));
    }
    if (linkType) {
      if (!(await exists(deps, item))) return problem(reply, 404, WORDS.en.notFound);
      // An unknown link type gets the default link, as the resolver standard asks.
      const target = linkTarget(base, item.path, linkType, item.lotNumber !== null);
      return reply.code(307).header('location', withQuery(target, request.url)).send();
    }

    const pc = { lang, selfPath: item.path };
    const page = await scanPage(deps, item.gtin, item.lotNumber, pc, base);
    reply.header('content-language', lang === 'zh' ? 'zh-CN' : 'en').header('cache-control', 'no-cache');
    if (!page) {
      const product = await deps.services.reads.read(null, (em) =>
        em.findOne(Product, { gtin: item.gtin }, { fields: ['name', 'nameEn'] }),
      );
      const notFound = unknownItemPage(pc, { gtin: item.gtin, lotNumber: item.lotNumber, product });
      return reply.code(404).type('text/html; charset=utf-8').send(notFound);
    }
    reply.header('etag', page.etag);
    if (request.headers['if-none-match'] === page.etag) return reply.code(304).send();
    return reply.type('text/html; charset=utf-8').send(page.html);
  };

  app.route({ method: ['GET', 'HEAD'], url: '/*', handler: handle });
  app.options('/*', (_request, reply) =>
    reply
      .code(204)
      .headers({
        ...CORS,
        'access-control-allow-methods': 'GET, HEAD, OPTIONS',
        'access-control-allow-headers': 'Accept, Accept-Language',
        'access-control-max-age': '86400',
      })
      .send(),
  );

  app.get('/.well-known/gs1resolver', async (request, reply) => {
    const base = publicBaseUrl(request);
    return reply
      .headers(CORS)
      .type('application/json; charset=utf-8')
      .send({
        name: 'Product traceability platform resolver',
        resolverRoot: base,
        supportsSemanticsURI: 'https://gs1.org/voc/',
        supportedPrimaryKeys: ['01'],
        supportedQualifiers: { '01': ['22', '10', '21'] },
        supportedLinkType: LINK_TYPES.map((t) => ({
          namespace: 'https://gs1.org/voc/',
          prefix: 'gs1:',
          profile: t.type,
          title: t.title.en,
        })),
        linkTypeDefaultCanBeLinkset: false,
        supportedContextValuesEnumerated: ['lang=zh', 'lang=en'],
        validatesAIcombination: true,
        contact: 'See the README of this deployment.',
      });
  });
}
