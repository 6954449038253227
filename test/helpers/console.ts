import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/**
 * A browser-like client of the console over `app.inject`: keeps cookies, reads each page's CSRF token,
 * posts url-encoded forms. Each client has its own address (as a separate person would).
 */
export class ConsoleClient {
  readonly cookies = new Map<string, string>();
  /** The CSRF token of the last page read. */
  csrf = '';

  constructor(
    private readonly app: FastifyInstance,
    readonly ip = `10.9.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`,
    private readonly headers: Record<string, string> = {},
  ) {}

  /**
   * A second client on another server, with this one's cookies (the same browser, another instance behind a balancer).
   */
  on(app: FastifyInstance): ConsoleClient {
    const c = new ConsoleClient(app, this.ip, this.headers);
    for (const [k, v] of this.cookies) c.cookies.set(k, v);
    c.csrf = this.csrf;
    return c;
  }

  async request(
    method: 'GET' | 'POST',
    url: string,
    form?: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: {
        ...this.headers,
        ...(cookie ? { cookie } : {}),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...headers,
      },
      payload: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === '')
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
    if (token) this.csrf = token;
    return res;
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, undefined, headers);
  }

  /** Posts a form with the CSRF token of the last page read (unless the form names its own `_csrf`). */
  post(url: string, form: Record<string, string> = {}, headers?: Record<string, string>) {
    return this.request('POST', url, { _csrf: this.csrf, ...form }, headers);
  }

  /** Signs in with a password through the sign-in form; expects the redirect into the console. */
  async signIn(login: string, password: string): Promise<LightMyRequestResponse> {
    await this.get('/console/sign-in');
    const res = await this.post('/console/sign-in', { login, password, next: '/console' });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(303);
    return res;
  }
}

/** The value of a cookie set by a response. */
export function setCookie(res: LightMyRequestResponse, name: string) {
  return (
    res.cookies as {
      name: string;
      value: string;
      httpOnly?: boolean;
      sameSite?: string;
      secure?: boolean;
      path?: string;
      maxAge?: number;
    }[]
  ).find((c) => c.name === name);
}

/** The one-time link on an invitation page, as a path. */
export function linkPath(body: string): string {
  const m = /id="one-time-link">([^<]+)</.exec(body);
  if (!m) throw new Error('no one-time link on the page');
  return new URL(m[1]).pathname;
}
