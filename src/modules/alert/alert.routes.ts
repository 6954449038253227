/**
 * The pages behind an alert's links, for the consumer (no account, the link's secret is the key):
 * - GET /a/<token>: records that the alert was read (a HEAD, as link checkers send, does not) and
 *   shows the recall: hazard, what to do, the remedy and where to go, with links to the product page
 *   and to stop alerts;
 * - GET /a/<token>/stop: what stopping means, with a button; POST: stops (the registration and its
 *   contact are deleted). Mail clients' one-click stop (RFC 8058) posts here too.
 * Pages are in the registrant's language unless `?lang=` says otherwise; an unknown link is a 404 page.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sha256 } from '../../common/codes';
import { deleteRegistrations } from '../purchase/purchase.service';
import { html } from '../scan/html';
import { messagePage } from '../scan/scan.page';
import { alertContents, type AlertContent } from './alert.content';
import type { AlertSettings } from './alert.config';
import { Language } from './alert.enums';
import { ALERT_ENUM_WORDS, ALERT_WORDS } from './alert.i18n';
import { alertLinks } from './alert.message';

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

function send(reply: FastifyReply, status: number, page: string) {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .type('text/html; charset=utf-8')
    .send(page);
}

function langOf(request: FastifyRequest, fallback: Language): Language {
  const q =
    (request.query as Record<string, string | undefined>)?.lang ??
    (request.body as Record<string, string> | undefined)?.lang;
  return q === 'en' ? Language.EN : q === 'zh' ? Language.ZH : fallback;
}

async function alertByToken(
  orm: MikroORM,
  token: string,
): Promise<{ id: string; registrationId: string | null; confirmedAt: Date | null } | null> {
  if (!TOKEN.test(token)) return null;
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<{ id: string; registration_id: string | null; confirmed_at: Date | null }[]>(
      'select id, registration_id, confirmed_at from recall_alert where token_hash = ?',
      [sha256(token)],
    );
  return rows[0]
    ? { id: rows[0].id, registrationId: rows[0].registration_id, confirmedAt: rows[0].confirmed_at }
    : null;
}

export function registerAlertRoutes(app: FastifyInstance, orm: MikroORM, settings: () => AlertSettings): void {
  void app.register(async (routes) => {
    routes.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 4 * 1024 },
      (_req, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      },
    );

    const notFound = (request: FastifyRequest, reply: FastifyReply, token: string) => {
      const lang = langOf(request, Language.ZH);
      const t = ALERT_WORDS[lang];
      return send(
        reply,
        404,
        messagePage(
          { lang, selfPath: `/a/${encodeURIComponent(token)}` },
          t.notFoundTitle,
          html`<section>
            <h1>${t.notFoundTitle}</h1>
            <p>${t.notFoundText}</p>
          </section>`,
        ),
      );
    };

    const content = async (id: string): Promise<AlertContent> =>
      (await alertContents(orm.em.fork(), [id], new Date()))[0];

    routes.get<{ Params: { token: string } }>('/a/:token', async (request, reply) => {
      const { token } = request.params;
      const alert = await alertByToken(orm, token);
      if (!alert) return notFound(request, reply, token);
      if (request.method === 'GET' && !alert.confirmedAt) {
        await orm.em
          .fork()
          .getConnection()
          .execute('update recall_alert set confirmed_at = now() where id = ? and confirmed_at is null', [alert.id]);
      }
      const c = await content(alert.id);
      const lang = langOf(request, c.language);
      const t = ALERT_WORDS[lang];
      const words = ALERT_ENUM_WORDS[lang];
      const links = alertLinks(settings().baseUrl, { ...c, token, language: lang });
      const product = lang === Language.EN && c.lot.productEn ? c.lot.productEn : c.lot.product;
      const name = (zh: string, en: string | null) => (lang === Language.EN && en ? en : zh);
      return send(
        reply,
        200,
        messagePage(
          { lang, selfPath: `/a/${encodeURIComponent(token)}` },
          t.confirmedTitle,
          html`<section role="status" aria-labelledby="a-title">
              <h1 id="a-title">${t.confirmedTitle}</h1>
              <p>${t.confirmedText}</p>
            </section>
            <section aria-labelledby="r-title">
              <h2 id="r-title">${c.recall.number}: ${product} · ${c.lot.lotNumber}</h2>
              <p>${t.recalled(c.recall.number, c.recall.kind, name(c.recall.initiator, c.recall.initiatorEn))}</p>
              <dl>
                <dt>${t.hazard}</dt>
                <dd>${c.recall.hazard}</dd>
                <dt>${t.whatToDo}</dt>
                <dd>${c.recall.consumerInstructions}</dd>
                <dt>${t.remedy}</dt>
                <dd>${c.recall.remedies.map((r) => words[r] ?? r).join(' / ')}</dd>
              </dl>
            </section>
            <section aria-labelledby="w-title">
              <h2 id="w-title">${t.whereToGo}</h2>
              <ul>
                ${
                  c.whereToGo.sellers.length
                    ? c.whereToGo.sellers.map(
                        (s) =>
                          html`<li>
                          <strong>${name(s.name, s.nameEn)}</strong> (${t.soldAt} ${s.stores.join(', ')}):
                          <a href="tel:${s.hotline.replace(/[^\d+]/g, '')}"
                            >${t.seller(s.hotline, s.responseHours)}</a
                          >
                        </li>`,
                      )
                    : html`<li>${t.producer}: ${name(c.whereToGo.producer.name, c.whereToGo.producer.nameEn)}</li>`
                }
              </ul>
              <p><a href="${new URL(links.recall).pathname}?lang=${lang}">${t.lotPage}</a></p>
              <p class="muted"><a href="/a/${token}/stop?lang=${lang}">${t.stop}</a></p>
            </section>`,
        ),
      );
    });

    routes.get<{ Params: { token: string } }>('/a/:token/stop', async (request, reply) => {
      const { token } = request.params;
      const alert = await alertByToken(orm, token);
      if (!alert) return notFound(request, reply, token);
      const c = await content(alert.id);
      const lang = langOf(request, c.language);
      const t = ALERT_WORDS[lang];
      const pc = { lang, selfPath: `/a/${encodeURIComponent(token)}/stop` };
      if (!alert.registrationId)
        return send(
          reply,
          200,
          messagePage(
            pc,
            t.stopTitle,
            html`<section role="status">
              <h1>${t.stopTitle}</h1>
              <p>${t.alreadyStopped}</p>
            </section>`,
          ),
        );
      return send(
        reply,
        200,
        messagePage(
          pc,
          t.stopTitle,
          html`<section aria-labelledby="s-title">
            <h1 id="s-title">${t.stopTitle}</h1>
            <p>${t.stopText}</p>
            <form method="post" action="/a/${token}/stop">
              <input type="hidden" name="lang" value="${lang}" /><button type="submit">${t.stopButton}</button>
            </form>
          </section>`,
        ),
      );
    });

    routes.post<{ Params: { token: string } }>('/a/:token/stop', async (request, reply) => {
      const { token } = request.params;
      const alert = await alertByToken(orm, token);
      if (!alert) return notFound(request, reply, token);
      const language = (await content(alert.id)).language;
      if (alert.registrationId) {
        await orm.em.fork().transactional((em) => deleteRegistrations(em, [alert.registrationId!], 'ALERTS_STOPPED'));
      }
      const lang = langOf(request, language);
      const t = ALERT_WORDS[lang];
      return send(
        reply,
        200,
        messagePage(
          { lang, selfPath: `/a/${encodeURIComponent(token)}/stop` },
          t.stoppedTitle,
          html`<section role="status">
            <h1>${t.stoppedTitle}</h1>
            <p>${alert.registrationId ? t.stoppedText : t.alreadyStopped}</p>
          </section>`,
        ),
      );
    });
  });
}
