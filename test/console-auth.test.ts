import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockSeconds, memoryRateLimiter, type Backoff } from '../src/app/rate-limit';
import { SIGN_IN_BACKOFF } from '../src/modules/auth/sign-in.service';
import { localNext } from '../src/modules/console/console.routes';
import { DEMO_PEOPLE } from '../seeds/demo';
import { ConsoleClient, linkPath, setCookie } from './helpers/console';
import { startDemoHarness, startHarness, type Harness } from './helpers/harness';

/**
 * The console's sign-in and sessions over HTTP, against PostgreSQL: cookie flags, a new session at
 * every sign-in, CSRF tokens, the growing wait after wrong passwords, one-time links, idle sessions,
 * and a suspension that ends sessions on another server at once.
 */

let h: Harness;
/** A second server on the same database. */
let h2: Harness;
beforeAll(async () => {
  h = await startDemoHarness();
  h2 = await startHarness({ shareDb: h.url, trustProxy: true });
});
afterAll(async () => {
  await h2?.close();
  await h?.close();
});

const { retailerAdmin, retailerStaff, retailerViewer, producerStaff } = DEMO_PEOPLE;
const client = () => new ConsoleClient(h.http.app);
const count = async (sql: string, params: unknown[] = []) =>
  Number((await h.em().execute<{ n: string }[]>(sql, params))[0].n);

describe('sessions', () => {
  it('sign-in sets a new random session id in an httpOnly, SameSite=Lax cookie for the whole site (not Secure over http)', async () => {
    const c = client();
    // A session id planted before sign-in (fixation) is not kept.
    c.cookies.set('trace_session', 'A'.repeat(43));
    const res = await c.signIn(retailerStaff.login, retailerStaff.password);
    const anonymous = c.cookies.get('trace_csrf')!;
    const cookie = setCookie(res, 'trace_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie.value).not.toBe('A'.repeat(43));
    expect((await c.get('/console')).statusCode).toBe(200);
    // Signing in again on the same browser (a sign-in page left open in another tab): another id, and the first one ends.
    const first = cookie.value;
    const again = await c.request('POST', '/console/sign-in', {
      _csrf: anonymous,
      login: retailerStaff.login,
      password: retailerStaff.password,
    });
    expect(again.statusCode).toBe(303);
    expect(setCookie(again, 'trace_session')!.value).not.toBe(first);
    const old = client();
    old.cookies.set('trace_session', first);
    expect((await old.get('/console')).statusCode).toBe(303);
    // Only the token's hash is stored.
    expect(await count('select count(*) as n from person_session where token_hash = ?', [first])).toBe(0);
  });

  it('behind TLS (X-Forwarded-Proto, with TRUST_PROXY) the cookie is Secure and __Host- prefixed; without TRUST_PROXY the header is not believed', async () => {
    const c = new ConsoleClient(h2.http.app, '10.1.2.3', { 'x-forwarded-proto': 'https' });
    const res = await c.signIn(retailerViewer.login, retailerViewer.password);
    expect(setCookie(res, '__Host-trace_session')).toMatchObject({
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
    });
    expect(setCookie(res, 'trace_session')).toBeUndefined();
    expect((await c.get('/console')).statusCode).toBe(200);
    const plain = new ConsoleClient(h.http.app, '10.1.2.4', { 'x-forwarded-proto': 'https' });
    expect(
      setCookie(await plain.signIn(retailerViewer.login, retailerViewer.password), 'trace_session')?.secure,
    ).toBeFalsy();
  });

  it('pages for signed-in people send anyone else to the sign-in page, and back afterwards to a local path only', async () => {
    const c = client();
    const res = await c.get('/console/people?all=1');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/console/sign-in?next=%2Fconsole%2Fpeople%3Fall%3D1');
    await c.get(res.headers.location as string);
    const signIn = await c.post('/console/sign-in', {
      login: retailerAdmin.login,
      password: retailerAdmin.password,
      next: '/console/people?all=1',
    });
    expect(signIn.headers.location).toBe('/console/people?all=1');
    for (const bad of [
      'https://evil.example/console',
      '//evil.example/console',
      '/\\evil.example',
      '/console/../../x',
      'javascript:alert(1)',
    ]) {
      expect(localNext(bad)).toMatch(/^\/console/);
      expect(localNext(bad)).not.toContain('evil');
    }
  });

  it('sign-out ends the session at once, and an idle session ends by itself', async () => {
    const c = client();
    await c.signIn(retailerStaff.login, retailerStaff.password);
    const token = c.cookies.get('trace_session')!;
    await c.get('/console');
    const out = await c.post('/console/sign-out');
    expect(out.headers.location).toBe('/console/sign-in?signedOut=1');
    const reuse = client();
    reuse.cookies.set('trace_session', token);
    expect((await reuse.get('/console')).statusCode).toBe(303);

    const idle = client();
    await idle.signIn(retailerStaff.login, retailerStaff.password);
    expect((await idle.get('/console')).statusCode).toBe(200);
    await h.em().execute("update person_session set last_seen_at = now() - interval '3 hours' where ended_at is null");
    expect((await idle.get('/console')).statusCode).toBe(303);

    // However active, a session ends at its absolute end.
    const busy = client();
    const res = await busy.signIn(retailerStaff.login, retailerStaff.password);
    expect(setCookie(res, 'trace_session')!.maxAge).toBe(12 * 3600);
    expect((await busy.get('/console')).statusCode).toBe(200);
    await h.em().execute("update person_session set expires_at = now() - interval '1 second' where ended_at is null");
    expect((await busy.get('/console')).statusCode).toBe(303);
  });
});

describe('CSRF', () => {
  it('a form without its token, with a wrong one, or posted from another site is refused (403) and changes nothing', async () => {
    const c = client();
    await c.signIn(retailerAdmin.login, retailerAdmin.password);
    await c.get('/console/people');
    const before = await count('select count(*) as n from person');
    const form = { name: '无令牌', login: 'nocsrf@dennis.example', role: 'STAFF' };
    const refused: [Record<string, string>, Record<string, string>][] = [
      [{ ...form, _csrf: '' }, {}],
      [{ ...form, _csrf: 'x'.repeat(32) }, {}],
      // The right token, from another site's page.
      [{ ...form, _csrf: c.csrf }, { 'sec-fetch-site': 'cross-site' }],
    ];
    for (const [body, headers] of refused) {
      const res = await c.request('POST', '/console/people/invite', body, headers);
      expect(res.statusCode).toBe(403);
      expect(res.body).toContain('表单已失效');
    }
    const noField = await c.request('POST', '/console/people/invite', form);
    expect(noField.statusCode).toBe(403);
    expect(await count('select count(*) as n from person')).toBe(before);
    // The same form with its token goes through.
    expect((await c.post('/console/people/invite', form)).statusCode).toBe(200);
    expect(await count('select count(*) as n from person')).toBe(before + 1);
  });

  it('the sign-in form needs the token of its own page (a double-submit cookie before there is a session)', async () => {
    const c = client();
    const res = await c.request('POST', '/console/sign-in', {
      login: retailerStaff.login,
      password: retailerStaff.password,
    });
    expect(res.statusCode).toBe(403);
    expect(setCookie(res, 'trace_session')).toBeUndefined();
  });

  it('GraphQL still refuses form posts (its CSRF prevention), console cookies or not', async () => {
    const c = client();
    await c.signIn(retailerAdmin.login, retailerAdmin.password);
    const res = await c.request('POST', '/graphql', { query: '{ people { totalCount } }' });
    expect([400, 415]).toContain(res.statusCode);
    expect(res.body).not.toContain('totalCount":');
  });
});

describe('wrong passwords', () => {
  it('meet 429 with Retry-After after 5 failures for one login, even with the right password, without saying whether the login exists', async () => {
    const c = client();
    await c.get('/console/sign-in');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (await c.post('/console/sign-in', { login: producerStaff.login, password: `wrong password ${i}` })).statusCode,
      );
    expect(statuses).toEqual([400, 400, 400, 400, 400]);
    const locked = await c.post('/console/sign-in', { login: producerStaff.login, password: producerStaff.password });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(30);
    expect(locked.body).toContain('尝试次数过多');
    expect(setCookie(locked, 'trace_session')).toBeUndefined();
    // From another address too: the login is locked, not the address.
    const other = client();
    await other.get('/console/sign-in');
    expect(
      (await other.post('/console/sign-in', { login: producerStaff.login, password: producerStaff.password }))
        .statusCode,
    ).toBe(429);
    // An unknown login answers like a wrong password.
    const unknown = await other.post('/console/sign-in', {
      login: 'nobody@nowhere.example',
      password: 'whatever it is',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('手机号/邮箱或密码不正确');
    // Everything is in the producer's log; the unknown login is nobody's to see.
    const log = await h
      .em()
      .execute<{ failure: string }[]>(
        "select failure from account_event e join person p on p.id = e.person_id where p.login = ? and e.kind = 'SIGN_IN_FAILED' order by at",
        [producerStaff.login],
      );
    expect(log.map((r) => r.failure)).toEqual([
      ...Array(5).fill('WRONG_PASSWORD'),
      'TOO_MANY_ATTEMPTS',
      'TOO_MANY_ATTEMPTS',
    ]);
    expect(
      await count(
        "select count(*) as n from account_event where login = 'nobody@nowhere.example' and organization_id is null",
      ),
    ).toBe(1);
    // The producer's ADMIN reads them on the sign-in log page.
    const admin = client();
    await admin.signIn(DEMO_PEOPLE.producerAdmin.login, DEMO_PEOPLE.producerAdmin.password);
    const page = await admin.get('/console/sign-in-log');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(producerStaff.name);
    expect(page.body).toContain('密码错误');
    expect(page.body).toContain('尝试过多，已拒绝');
    expect(page.body).not.toContain('nobody@nowhere.example');
  });

  it('one address guessing across many logins meets 429 after 20 failures', async () => {
    const c = client();
    await c.get('/console/sign-in');
    for (let i = 0; i < 20; i++)
      expect(
        (await c.post('/console/sign-in', { login: `guess${i}@nowhere.example`, password: 'password guess' }))
          .statusCode,
      ).toBe(400);
    expect(
      (await c.post('/console/sign-in', { login: retailerViewer.login, password: retailerViewer.password })).statusCode,
    ).toBe(429);
  });

  it("the wait doubles with every further failure, up to 15 minutes, and a success forgets the login's failures", async () => {
    let now = 1_000_000;
    const limiter = memoryRateLimiter(() => now);
    const b: Backoff = SIGN_IN_BACKOFF.login;
    const waits: number[] = [];
    for (let i = 1; i <= 9; i++) {
      const v = await limiter.failed(b, 'x');
      waits.push(v.retryAfterSeconds);
      now += v.retryAfterSeconds * 1000;
    }
    expect(waits).toEqual([0, 0, 0, 0, 30, 60, 120, 240, 480]);
    expect(lockSeconds(b, 20)).toBe(900);
    await limiter.failed(b, 'x');
    expect((await limiter.locked(b, 'x')).allowed).toBe(false);
    await limiter.cleared(b, 'x');
    expect((await limiter.locked(b, 'x')).allowed).toBe(true);
    // An hour without failures forgets them.
    for (let i = 0; i < 4; i++) await limiter.failed(b, 'y');
    now += 3601_000;
    expect((await limiter.failed(b, 'y')).allowed).toBe(true);
  });
});

describe('one-time links', () => {
  async function invited(login: string) {
    const admin = client();
    await admin.signIn(retailerAdmin.login, retailerAdmin.password);
    await admin.get('/console/people');
    const res = await admin.post('/console/people/invite', { name: '新同事', login, role: 'STAFF' });
    expect(res.statusCode).toBe(200);
    return linkPath(res.body);
  }

  it('an invitation works once: a weak password comes back by its field, then the person is active and signed in, then the link is spent', async () => {
    const path = await invited('once@dennis.example');
    const c = client();
    const page = await c.get(path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('once@dennis.example');
    // Looking does not use it up (chat apps open links to preview them).
    expect((await c.get(path)).statusCode).toBe(200);
    const weak = await c.post(path, { password: 'short', confirm: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toMatch(/id="f-password-error">密码至少要有 10 个字符。/);
    const differ = await c.post(path, { password: 'a long enough password', confirm: 'another long password' });
    expect(differ.body).toMatch(/id="f-confirm-error">两次输入的密码不一致。/);
    const ok = await c.post(path, { password: 'a long enough password', confirm: 'a long enough password' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/console/account?notice=welcome');
    expect((await c.get('/console/account?notice=welcome')).body).toContain('新同事');
    const again = client();
    expect((await again.get(path)).statusCode).toBe(410);
    await again.get('/console/sign-in');
    expect(
      (
        await again.post(path, {
          _csrf: again.csrf,
          password: 'a long enough password',
          confirm: 'a long enough password',
        })
      ).statusCode,
    ).toBe(410);
    // The new password signs in.
    await client().signIn('once@dennis.example', 'a long enough password');
  });

  it('an expired link says so, and so does an unknown one', async () => {
    const path = await invited('late@dennis.example');
    await h.em().execute("update person_invitation set expires_at = now() - interval '1 second' where used_at is null");
    const res = await client().get(path);
    expect(res.statusCode).toBe(410);
    expect(res.body).toContain('这个链接已过期');
    expect((await client().get('/console/invitation/' + 'x'.repeat(32))).statusCode).toBe(410);
  });
});

describe('suspension', () => {
  it("ends a suspended person's open session at once on a second server on the same database", async () => {
    const staff = client();
    await staff.signIn(retailerStaff.login, retailerStaff.password);
    const onSecond = staff.on(h2.http.app);
    expect((await onSecond.get('/console')).statusCode).toBe(200);

    const admin = client();
    await admin.signIn(retailerAdmin.login, retailerAdmin.password);
    const list = await admin.get('/console/people');
    const id = new RegExp(`href="/console/people/([^"]+)">${retailerStaff.name}<`).exec(list.body)![1];
    await admin.get(`/console/people/${id}`);
    const suspended = await admin.post(`/console/people/${id}/suspend`);
    expect(suspended.statusCode).toBe(303);

    expect((await onSecond.get('/console')).statusCode).toBe(303);
    expect((await staff.get('/console')).statusCode).toBe(303);
    const retry = client();
    await retry.get('/console/sign-in');
    const refused = await retry.post('/console/sign-in', {
      login: retailerStaff.login,
      password: retailerStaff.password,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('已被停用或尚未激活');

    await admin.get(`/console/people/${id}`);
    expect((await admin.post(`/console/people/${id}/reactivate`)).statusCode).toBe(303);
    await client().signIn(retailerStaff.login, retailerStaff.password);
  });
});
