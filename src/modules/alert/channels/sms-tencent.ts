import { createHash, createHmac } from 'node:crypto';
import { ContactChannel } from '../../purchase/purchase.enums';
import type { AlertContent } from '../alert.content';
import { Language } from '../alert.enums';
import { smsParams, type AlertLinks } from '../alert.message';
import type { TencentSmsSettings } from '../alert.config';
import type { AlertChannel, DeliveryReport, SendOutcome } from './channel';

/**
 * Tencent Cloud SMS (短信, API 3.0, version 2021-01-11): SendSms and PullSmsSendStatus over HTTPS,
 * signed with TC3-HMAC-SHA256 (Tencent Cloud's "signature v3"). Answers carry `Response.Error` for a
 * refused request, else one `SendStatusSet` entry per number with its own `Code` ("Ok" when accepted).
 */

const VERSION = '2021-01-11';
const SERVICE = 'sms';
const CONTENT_TYPE = 'application/json; charset=utf-8';

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: Buffer | string, msg: string) => createHmac('sha256', key).update(msg, 'utf8').digest();

export interface Tc3Request {
  secretId: string;
  secretKey: string;
  service: string;
  host: string;
  /** The exact body sent (its bytes are hashed). */
  payload: string;
  timestamp: number;
  contentType?: string;
}

/**
 * The Authorization header of a TencentCloud API 3.0 POST: canonical request (method, "/", empty query,
 * the content-type and host headers, their names, the body's SHA-256), string to sign (algorithm,
 * timestamp, date/service/tc3_request scope, the canonical request's SHA-256), and the key derived
 * from "TC3" + SecretKey through the UTC date, the service and "tc3_request".
 */
export function tc3Authorization(r: Tc3Request): string {
  const date = new Date(r.timestamp * 1000).toISOString().slice(0, 10);
  const signedHeaders = 'content-type;host';
  const canonical = [
    'POST',
    '/',
    '',
    `content-type:${r.contentType ?? CONTENT_TYPE}\nhost:${r.host}\n`,
    signedHeaders,
    sha256Hex(r.payload),
  ].join('\n');
  const scope = `${date}/${r.service}/tc3_request`;
  const toSign = ['TC3-HMAC-SHA256', String(r.timestamp), scope, sha256Hex(canonical)].join('\n');
  const key = hmac(hmac(hmac(`TC3${r.secretKey}`, date), r.service), 'tc3_request');
  const signature = createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
  return `TC3-HMAC-SHA256 Credential=${r.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

/** E.164 for the API: mainland numbers are stored as 11 digits. */
export function e164(phone: string): string {
  return phone.startsWith('+') ? phone : `+86${phone}`;
}

/** Codes that say this number can never get it. */
const PERMANENT = [
  'InvalidParameterValue.IncorrectPhoneNumber',
  'FailedOperation.PhoneNumberInBlacklist',
  'FailedOperation.PhoneNumberParseFail',
  'UnsupportedOperation.UnsupportedRegion',
  'FailedOperation.PhoneNumberOnBlacklist',
];
/** Codes of limits: the same message goes later. */
const THROTTLED = /^(RequestLimitExceeded|LimitExceeded\.|InternalError)/;

function classify(code: string): SendOutcome {
  if (PERMANENT.includes(code)) return { kind: 'FAILED', code };
  if (THROTTLED.test(code)) return { kind: 'RETRY', code };
  // Credentials, signature name, template, balance, app ID: the platform's settings, fixed by an operator.
  return { kind: 'RETRY', code, config: true };
}

/** Network errors raised before any byte of the request left: safe to send again. */
const NOT_SENT = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT'];

interface TencentResponse<T> {
  Response?: T & { Error?: { Code: string; Message: string }; RequestId?: string };
}

export function tencentSmsChannel(s: TencentSmsSettings): AlertChannel {
  const url = new URL(s.endpoint);

  async function call<T>(
    action: string,
    body: object,
  ): Promise<{ ok: true; response: T } | { ok: false; outcome: SendOutcome }> {
    const payload = JSON.stringify(body);
    const timestamp = Math.floor(Date.now() / 1000);
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          Authorization: tc3Authorization({
            secretId: s.secretId,
            secretKey: s.secretKey,
            service: SERVICE,
            host: url.host,
            payload,
            timestamp,
          }),
          'Content-Type': CONTENT_TYPE,
          'X-TC-Action': action,
          'X-TC-Version': VERSION,
          'X-TC-Region': s.region,
          'X-TC-Timestamp': String(timestamp),
        },
        body: payload,
        signal: AbortSignal.timeout(s.timeoutSeconds * 1000),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code;
      if (cause && NOT_SENT.includes(cause)) return { ok: false, outcome: { kind: 'RETRY', code: cause } };
      return {
        ok: false,
        outcome: {
          kind: 'UNCERTAIN',
          code: (err as Error).name === 'TimeoutError' ? 'TIMEOUT' : (cause ?? 'NETWORK_ERROR'),
        },
      };
    }
    const json = (await res.json().catch(() => null)) as TencentResponse<T> | null;
    if (!json?.Response) {
      // A gateway's answer without the API's body: 429 and 503 say the request was not taken.
      return {
        ok: false,
        outcome:
          res.status === 429 || res.status === 503
            ? { kind: 'RETRY', code: `HTTP_${res.status}` }
            : { kind: 'UNCERTAIN', code: `HTTP_${res.status}` },
      };
    }
    if (json.Response.Error) return { ok: false, outcome: classify(json.Response.Error.Code) };
    return { ok: true, response: json.Response };
  }

  return {
    channel: ContactChannel.PHONE,
    describe: () =>
      `SMS through Tencent Cloud SMS ${s.endpoint} (app ${s.sdkAppId}, region ${s.region}` +
      `${s.pullStatus ? ', delivery receipts pulled' : ''})`,
    async send(c: AlertContent, links: AlertLinks): Promise<SendOutcome> {
      const r = await call<{
        SendStatusSet: { SerialNo: string; PhoneNumber: string; Code: string; Message: string }[];
      }>('SendSms', {
        PhoneNumberSet: [e164(c.contact!)],
        SmsSdkAppId: s.sdkAppId,
        SignName: s.signName,
        TemplateId: c.language === Language.EN && s.templateEn ? s.templateEn : s.templateZh,
        TemplateParamSet: smsParams(c, links),
        // Echoed back in receipts; the alert's ID, nothing personal.
        SessionContext: c.alertId,
      });
      if (!r.ok) return r.outcome;
      const status = r.response.SendStatusSet?.[0];
      if (!status) return { kind: 'UNCERTAIN', code: 'NO_SEND_STATUS' };
      return status.Code === 'Ok' ? { kind: 'SENT', providerRef: status.SerialNo } : classify(status.Code);
    },
    pullDeliveryReports: s.pullStatus
      ? async () => {
          const reports: DeliveryReport[] = [];
          // Each call hands out receipts not pulled before, at most 100.
          for (let page = 0; page < 20; page++) {
            const r = await call<{
              PullSmsSendStatusSet: {
                SerialNo: string;
                ReportStatus: string;
                Description: string;
                UserReceiveTime: number;
              }[];
            }>('PullSmsSendStatus', { Limit: 100, SmsSdkAppId: s.sdkAppId });
            if (!r.ok) break;
            const set = r.response.PullSmsSendStatusSet ?? [];
            for (const x of set) {
              reports.push({
                providerRef: x.SerialNo,
                delivered: x.ReportStatus === 'SUCCESS',
                code: x.ReportStatus === 'SUCCESS' ? null : (x.Description || 'FAIL').slice(0, 100),
                at: x.UserReceiveTime ? new Date(x.UserReceiveTime * 1000) : new Date(),
              });
            }
            if (set.length < 100) break;
          }
          return reports;
        }
      : undefined,
    async close() {},
  };
}
