/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id';
import { DEMO_KEYS, DEMO_PEOPLE, reloadDemoData } from '../seeds/demo';
import { seriousAxeViolations } from './helpers/axe';
import { haveBrowser, launchChromium } from './helpers/browser';
import { startHarness, type Harness } from './helpers/harness';

/**
 * Purchasers of a recalled lot, in Chromium with a virtual authenticator (CDP WebAuthn): the page refuses
 * without a passkey check in the last 15 minutes and without a reason, shows the contacts once both are
 * there, and every read is in the personal data access log (with its reason), which has its own page.
 */
let h: Harness;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let number = '';
const found: string[] = [];
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};
const logRows = async () =>
  h
    .em()
    .execute<{ reason: string | null; records: number; person_id: string | null }[]>(
      'select reason, records, person_id from personal_data_access order by at',
    );
const axe = async (name: string) => {
  for (const v of await seriousAxeViolations(page))
    found.push(`${name}: ${v.id} ${v.help} at ${v.nodes.map((n) => n.target).join(', ')}`);
};

beforeAll(async () => {
  if (!haveBrowser) return;
  h = await startHarness();
  await reloadDemoData(h.orm);
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://localhost:${(h.http.app.server.address() as { port: number }).port}`;
  const cells = toGlobalId(
    'Lot',
    (await h.em().execute<{ id: string }[]>(`select id from lot where lot_number = 'C18650-2407B'`))[0].id,
  );
  const i = await h.gql<{ recallInitiate: { recall: { id: string; number: string } } }, unknown>(
    `mutation ($input: RecallInitiateInput!) { recallInitiate(input: $input) { recall { id number } } }`,
    {
      input: {
        root: { kind: 'LOTS', lots: [cells] },
        hazard: '电芯过充起火。',
        remedies: ['REFUND'],
        consumerInstructions: '停止使用。',
        noticeText: '召回。',
      },
    },
    DEMO_KEYS.REGULATOR,
  );
  number = i.data!.recallInitiate.recall.number;
  await h.gql(
    'mutation ($id: ID!) { recallActivate(recall: $id) { errors { code } } }',
    { id: i.data!.recallInitiate.recall.id },
    DEMO_KEYS.REGULATOR,
  );
  browser = await launchChromium();
  context = await browser.newContext(PHONE);
  page = await context.newPage();
  const who = DEMO_PEOPLE.regulatorAdmin;
  await page.goto(`${base}/console/sign-in`);
  await page.fill('#f-login', who.login);
  await page.fill('#f-password', who.password);
  await Promise.all([
    page.waitForURL(`${base}/console`),
    page.click('form[action="/console/sign-in"] button[type="submit"]'),
  ]);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

describe.skipIf(!haveBrowser)("reading registered purchasers' contacts", () => {
  it('is refused without a recent passkey check, and nothing is read or logged', async () => {
    await page.goto(`${base}/console/recalls/${number}/purchasers`);
    await axe('purchasers');
    await page.fill('#f-reason', '通知购买者召回');
    await Promise.all([
      page.waitForLoadState(),
      page.click(`form[action="/console/recalls/${number}/purchasers"] button`),
    ]);
    expect(await page.textContent('.errors')).toContain('请先用通行密钥确认身份');
    expect(await page.locator('ul.purchasers').count()).toBe(0);
    expect(await logRows()).toEqual([]);
  });

  it('after a passkey check, refuses without a reason, then shows the contacts and logs the read with its reason', async () => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    await page.goto(`${base}/console/account`);
    await page.fill('#pk-f-name', '监管手机');
    await Promise.all([
      page.waitForURL(/notice=passkeyAdded/),
      page.click('form[data-passkey="register"] button[type="submit"]'),
    ]);

    await page.goto(`${base}/console/recalls/${number}/purchasers`);
    expect(await page.textContent('#step-up-status')).toContain('还没有用通行密钥确认');
    const [checked] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/purchasers/check') && r.request().method() === 'POST'),
      page.click('form[data-passkey="step-up"] button[type="submit"]'),
    ]);
    expect(checked.status()).toBe(303);
    await page.locator('#step-up-status', { hasNotText: '还没有' }).waitFor();
    expect(await page.textContent('#step-up-status')).toContain('用通行密钥确认');
    expect(await page.textContent('#step-up-status')).not.toContain('还没有');

    // Without a reason (the browser's own check removed): the form again with the error by its field.
    await page.evaluate('document.getElementById("f-reason").removeAttribute("required")');
    await page.fill('#f-reason', '  ');
    await Promise.all([
      page.waitForLoadState(),
      page.click(`form[action="/console/recalls/${number}/purchasers"] button`),
    ]);
    expect(await page.textContent('#f-reason-error')).toContain('请填写查看理由');
    expect(await logRows()).toEqual([]);
    await axe('purchasers refused');

    await page.fill('#f-reason', `通知购买者召回 ${number}`);
    await Promise.all([
      page.waitForLoadState(),
      page.click(`form[action="/console/recalls/${number}/purchasers"] button`),
    ]);
    const contacts = await page.locator('ul.purchasers li').allTextContents();
    expect(contacts.length).toBe(6);
    expect(contacts.join(' ')).toContain('emma.parent@example.com');
    const rows = await logRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reason: `通知购买者召回 ${number}`, records: 6 });
    expect(rows[0].person_id).not.toBeNull();
    await axe('purchasers read');

    await page.goto(`${base}/console/data-access-log`);
    expect(await page.textContent('ul.access-log')).toContain(`通知购买者召回 ${number}`);
    expect(await page.textContent('ul.access-log')).toContain(DEMO_PEOPLE.regulatorAdmin.name);
    await axe('access log');
    await page.goto(`${base}/console/data-access-log?lang=en`);
    await axe('access log en');
  });

  it('a check older than 15 minutes no longer counts; every read is logged', async () => {
    await h
      .em()
      .execute(
        `update person_session set stepped_up_at = now() - interval '16 minutes' where stepped_up_at is not null`,
      );
    await page.goto(`${base}/console/recalls/${number}/purchasers?lang=zh`);
    await page.fill('#f-reason', '再次查看');
    await Promise.all([
      page.waitForLoadState(),
      page.click(`form[action="/console/recalls/${number}/purchasers"] button`),
    ]);
    expect(await page.textContent('.errors')).toContain('请先用通行密钥确认身份');
    expect(await logRows()).toHaveLength(1);
    // An API key (no person, no passkey) still reads, and that read is logged too.
    const recall = await h.gql<{ recall: { id: string } }, unknown>(
      'query ($n: String!) { recall(number: $n) { id } }',
      { n: number },
      DEMO_KEYS.REGULATOR,
    );
    const r = await h.gql<{ recallPurchasers: { totalCount: number } }, unknown>(
      'query ($id: ID!) { recallPurchasers(recall: $id, reason: "bulk alert run") { totalCount } }',
      { id: recall.data!.recall.id },
      DEMO_KEYS.REGULATOR,
    );
    expect(r.data!.recallPurchasers.totalCount).toBe(6);
    expect((await logRows()).map((x) => x.reason)).toEqual([`通知购买者召回 ${number}`, 'bulk alert run']);
    expect(found, found.join('\n')).toEqual([]);
  });
});
