/**
 * The scan page's forms, for browsers with or without JavaScript: register a purchase, file a complaint,
 * follow it by tracking code, delete a registration. They call the same services as the GraphQL
 * mutations, with the same per-address limits, and answer with a page: 200 on success, 400 with the form
 * and its errors, 404 for an unknown lot or code, 429 with Retry-After when an address sends too many.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isTrackingCode, normalizeCode } from '../../common/codes';
import { isValidLotNumber, normalizeGtin } from '../../common/gs1';
import { InputError } from '../../common/user-error';
import { LIMITS, type Limit } from '../../app/rate-limit';
import { digitalLinkOf, publicBaseUrl } from '../lot/digital-link';
import { Complaint, ComplaintAnswer } from '../complaint/complaint.entity';
import { Product } from '../product/product.entity';
import { ComplaintCategory } from '../complaint/complaint.enums';
import { fileComplaint } from '../complaint/complaint.service';
import { deleteRegistration, registerPurchase } from '../purchase/purchase.service';
import { Language } from '../alert/alert.enums';
import { ALERTS_QUEUED } from '../alert/alert.worker';
import { html } from './html';
import { formError, pickLang, WORDS, type Lang } from './scan.i18n';
import { unknownItemPage } from './error.pages';
import { badTrackingCodePage, complaintPage, unknownComplaintPage } from './complaint.page';
import { complaintForm, messagePage, registerForm, type PageContext } from './scan.page';
import { readLot, type ScanDeps } from './scan.service';
import { escapeAiValue } from '../../common/gs1-digital-link';

type Form = Record<string, string>;

/** Refusals that mean the form's lot does not exist (or cannot): a 404 page that says which. */
const NOT_FOUND_CODES = new Set(['INVALID_GTIN', 'INVALID_LOT_NUMBER', 'PRODUCT_NOT_FOUND', 'LOT_NOT_FOUND']);

const MAX_FIELD = 4000;

/** Form fields as strings (the last of repeated names), each cut to a sane length. */
function formOf(body: unknown): Form {
  const out: Form = {};
  if (body && typeof body === 'object') {
    for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
      const s = Array.isArray(v) ? v.at(-1) : v;
      if (typeof s === 'string') out[k] = s.slice(0, MAX_FIELD);
    }
  }
  return out;
}

function langOf(request: FastifyRequest, form: Form = {}): Lang {
  const q = (request.query as Record<string, string | undefined>)?.lang;
  return pickLang(form.lang ?? q, request.headers['accept-language']);
}

function send(reply: FastifyReply, status: number, page: string) {
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(page);
}

function lotPath(gtin: string, lotNumber: string): string {
  const g = normalizeGtin(gtin);
  return 'gtin' in g
    ? digitalLinkOf('', g.gtin, lotNumber)
    : `/01/${encodeURIComponent(gtin)}/10/${escapeAiValue(lotNumber)}`;
}

/** The form's GTIN and lot were not found: say which, with the product when it is known. */
async function unknownLotPage(deps: ScanDeps, pc: PageContext, form: Form): Promise<string> {
  const g = normalizeGtin(form.gtin ?? '');
  const gtin = 'gtin' in g ? g.gtin : (form.gtin ?? '').slice(0, 20);
  const product =
    'gtin' in g ? await deps.orm.em.fork().findOne(Product, { gtin }, { fields: ['name', 'nameEn'] }) : null;
  return unknownItemPage(pc, { gtin, lotNumber: (form.lotNumber ?? '').slice(0, 40), product });
}

export function registerFormRoutes(app: FastifyInstance, deps: ScanDeps): void {
  // Only these routes read url-encoded forms; GraphQL keeps refusing them (CSRF prevention).
  void app.register(async (forms) => {
    forms.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 16 * 1024 },
      (_req, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      },
    );

    forms.addHook('preValidation', async (request, reply) => {
      if (
        request.method === 'POST' &&
        !/^application\/x-www-form-urlencoded\b/.test(request.headers['content-type'] ?? '')
      ) {
        return reply
          .code(415)
          .type('application/json; charset=utf-8')
          .send({ error: 'Unsupported Media Type', reason: 'Forms are posted as application/x-www-form-urlencoded.' });
      }
    });

    const limited = async (
      request: FastifyRequest,
      reply: FastifyReply,
      limit: Limit,
      pc: PageContext,
    ): Promise<boolean> => {
      const verdict = await deps.services.limiter.hit(limit, request.ip);
      if (verdict.allowed) return false;
      const t = WORDS[pc.lang];
      reply.header('retry-after', String(verdict.retryAfterSeconds));
      await send(reply, 429, messagePage(pc, t.tooMany, html`<section><h1>${t.tooMany}</h1></section>`));
      return true;
    };

    forms.post('/scan/register', async (request, reply) => {
      const form = formOf(request.body);
      const lang = langOf(request, form);
      const t = WORDS[lang];
      const pc = { lang, selfPath: lotPath(form.gtin ?? '', form.lotNumber ?? '') };
      if (await limited(request, reply, LIMITS.purchaseRegistration, pc)) return reply;
      try {
        const r = await deps.orm.em.fork().transactional((em) =>
          registerPurchase(em, {
            gtin: form.gtin ?? '',
            lotNumber: form.lotNumber ?? '',
            contact: form.contact ?? '',
            consent: form.consent === 'yes',
            language: lang as Language,
          }),
        );
        if (r.alertsQueued) await deps.services.bus.publish(ALERTS_QUEUED, {});
        return send(
          reply,
          200,
          messagePage(
            pc,
            t.registered,
            html`<section role="status"><h1>${t.registered}</h1><p>${t.registeredText} ${r.maskedContact}.</p>
<p>${t.deletionCode}: <span class="code">${r.deletionCode}</span></p><p class="muted">${t.deletionHint}</p><p><a href="${pc.selfPath}?lang=${lang}">${t.back}</a></p></section>`,
          ),
        );
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        if (err.errors.some((e) => NOT_FOUND_CODES.has(e.code))) {
          return send(reply, 404, await unknownLotPage(deps, pc, form));
        }
        return send(
          reply,
          400,
          messagePage(
            pc,
            t.register,
            registerForm(lang, form.gtin, form.lotNumber, {
              values: form,
              errors: err.errors.map((e) => formError(lang, e)),
            }),
          ),
        );
      }
    });

    forms.post('/scan/complaint', async (request, reply) => {
      const form = formOf(request.body);
      const lang = langOf(request, form);
      const t = WORDS[lang];
      const pc = { lang, selfPath: lotPath(form.gtin ?? '', form.lotNumber ?? '') };
      if (await limited(request, reply, LIMITS.complaint, pc)) return reply;
      try {
        const c = await deps.orm.em.fork().transactional((em) =>
          fileComplaint(em, {
            gtin: form.gtin ?? '',
            lotNumber: form.lotNumber ?? '',
            category: (form.category as ComplaintCategory) ?? ComplaintCategory.OTHER,
            description: form.description ?? '',
            contact: form.contact || null,
            purchasedFrom: form.purchasedFrom || null,
          }),
        );
        return reply.code(303).header('location', `/complaints/${c.trackingCode}?lang=${lang}`).send();
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        const g = normalizeGtin(form.gtin ?? '');
        const lot =
          'gtin' in g && isValidLotNumber(form.lotNumber ?? '')
            ? await readLot(deps, g.gtin, form.lotNumber!, publicBaseUrl(request))
            : null;
        if (!lot) return send(reply, 404, await unknownLotPage(deps, pc, form));
        return send(
          reply,
          400,
          messagePage(
            pc,
            t.complain,
            complaintForm(lang, lot, { values: form, errors: err.errors.map((e) => formError(lang, e)) }),
          ),
        );
      }
    });

    const followPage = async (request: FastifyRequest, reply: FastifyReply, code: string) => {
      const lang = langOf(request);
      const pc = { lang, selfPath: `/complaints/${encodeURIComponent(code)}` };
      const trackingCode = normalizeCode(code);
      if (!isTrackingCode(trackingCode)) return send(reply, 400, badTrackingCodePage(pc, code));
      const em = deps.orm.em.fork();
      const c = await em.findOne(Complaint, { trackingCode }, { populate: ['lot', 'lot.product', 'responsible'] });
      if (!c) return send(reply, 404, unknownComplaintPage(pc, trackingCode));
      const answers = await em.find(ComplaintAnswer, { complaint: c }, { orderBy: { at: 'asc', id: 'asc' } });
      return send(reply, 200, complaintPage(pc, c, answers, lotPath(c.lot.product.gtin, c.lot.lotNumber)));
    };
    forms.get('/complaints', (request, reply) =>
      followPage(request, reply, String((request.query as Record<string, unknown>).code ?? '').slice(0, 40)),
    );
    forms.get<{ Params: { code: string } }>('/complaints/:code', (request, reply) =>
      followPage(request, reply, request.params.code.slice(0, 40)),
    );

    const deleteForm = (lang: Lang, errors: string[] = []) => {
      const t = WORDS[lang];
      return html`<section aria-labelledby="d-title"><h1 id="d-title">${t.deleteRegistration}</h1>${errors.length ? html`<div class="errors" role="alert"><ul>${errors.map((m) => html`<li>${m}</li>`)}</ul></div>` : null}
<form method="post" action="/registrations/delete"><input type="hidden" name="lang" value="${lang}"><label for="d-code">${t.deletionCode}</label>
<input id="d-code" name="deletionCode" type="text" autocomplete="off" maxlength="40" required><button type="submit">${t.submitDelete}</button></form></section>`;
    };
    forms.get('/registrations/delete', (request, reply) => {
      const lang = langOf(request);
      return send(
        reply,
        200,
        messagePage({ lang, selfPath: '/registrations/delete' }, WORDS[lang].deleteRegistration, deleteForm(lang)),
      );
    });
    forms.post('/registrations/delete', async (request, reply) => {
      const form = formOf(request.body);
      const lang = langOf(request, form);
      const pc = { lang, selfPath: '/registrations/delete' };
      try {
        await deps.orm.em.fork().transactional((em) => deleteRegistration(em, form.deletionCode ?? ''));
        return send(
          reply,
          200,
          messagePage(pc, WORDS[lang].deleted, html`<section role="status"><h1>${WORDS[lang].deleted}</h1></section>`),
        );
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        return send(
          reply,
          404,
          messagePage(
            pc,
            WORDS[lang].deleteRegistration,
            deleteForm(
              lang,
              err.errors.map((e) => formError(lang, e)),
            ),
          ),
        );
      }
    });
  });
}
