import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';

/**
 * A local stand-in for Tencent Cloud SMS (API 3.0, 2021-01-11), written from the provider's documents:
 * it checks the TC3-HMAC-SHA256 signature of every request (its own implementation of the documented
 * steps), the common headers (action, version, region, a timestamp within 5 minutes) and SendSms's
 * fields, and answers as the API does: `Response.Error` for a refused request, else a `SendStatusSet`
 * entry with its own `Code`. Scripted answers per number give throttling, invalid numbers and silence.
 */
export interface SentSms {
  phone: string;
  templateId: string;
  params: string[];
  signName: string;
  session: string;
  serialNo: string;
}

export type Script = 'ok' | 'throttled-request' | 'throttled-number' | 'invalid-number' | 'silent';

export interface FakeTencentSms {
  url: string;
  sent: SentSms[];
  requests: number;
  refused: { code: string; reason: string }[];
  /** Answers for a number, used in order, then 'ok'. */
  script(phone: string, answers: Script[]): void;
  /** Receipts handed out by the next PullSmsSendStatus. */
  receipt(serialNo: string, ok: boolean): void;
  close(): Promise<void>;
}

const hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

function expectedAuthorization(
  secretId: string,
  secretKey: string,
  host: string,
  contentType: string,
  body: string,
  timestamp: string,
): string {
  const date = new Date(Number(timestamp) * 1000).toISOString().slice(0, 10);
  const canonical = `POST\n/\n\ncontent-type:${contentType}\nhost:${host}\n\ncontent-type;host\n${hex(body)}`;
  const toSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/sms/tc3_request\n${hex(canonical)}`;
  let key: Buffer = createHmac('sha256', `TC3${secretKey}`).update(date).digest();
  key = createHmac('sha256', key).update('sms').digest();
  key = createHmac('sha256', key).update('tc3_request').digest();
  const sig = createHmac('sha256', key).update(toSign).digest('hex');
  return `TC3-HMAC-SHA256 Credential=${secretId}/${date}/sms/tc3_request, SignedHeaders=content-type;host, Signature=${sig}`;
}

export async function startFakeTencentSms(opts: {
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  signName: string;
  templates: Record<string, number>;
}): Promise<FakeTencentSms> {
  const scripts = new Map<string, Script[]>();
  const receipts: { SerialNo: string; ReportStatus: string; Description: string; UserReceiveTime: number }[] = [];
  const hanging: http.ServerResponse[] = [];
  let serial = 0;
  const fake: Omit<FakeTencentSms, 'url' | 'close'> = {
    sent: [],
    requests: 0,
    refused: [],
    script: (phone, answers) => scripts.set(phone, [...answers]),
    receipt: (serialNo, ok) =>
      receipts.push({
        SerialNo: serialNo,
        ReportStatus: ok ? 'SUCCESS' : 'FAIL',
        Description: ok ? '用户短信送达成功' : '空号',
        UserReceiveTime: Math.floor(Date.now() / 1000),
      }),
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      fake.requests++;
      const answer = (r: object) =>
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ Response: { ...r, RequestId: `req-${fake.requests}` } }));
      const error = (code: string, reason: string) => {
        fake.refused.push({ code, reason });
        answer({ Error: { Code: code, Message: reason } });
      };
      const h = req.headers;
      const ts = String(h['x-tc-timestamp'] ?? '');
      if (req.method !== 'POST' || req.url !== '/') return error('InvalidAction', 'POST / only');
      if (h['content-type'] !== 'application/json; charset=utf-8') return error('InvalidParameter', 'content-type');
      if (!/^\d+$/.test(ts) || Math.abs(Date.now() / 1000 - Number(ts)) > 300)
        return error('AuthFailure.SignatureExpire', 'timestamp');
      if (
        h.authorization !==
        expectedAuthorization(opts.secretId, opts.secretKey, String(h.host), String(h['content-type']), body, ts)
      ) {
        return error('AuthFailure.SignatureFailure', 'signature');
      }
      if (h['x-tc-version'] !== '2021-01-11') return error('NoSuchVersion', 'version');
      if (!h['x-tc-region']) return error('MissingParameter', 'region');
      const input = JSON.parse(body);
      if (h['x-tc-action'] === 'PullSmsSendStatus') {
        if (input.SmsSdkAppId !== opts.sdkAppId) return error('InvalidParameterValue.SdkAppIdNotExist', 'app');
        return answer({ PullSmsSendStatusSet: receipts.splice(0, Math.min(100, input.Limit ?? 100)) });
      }
      if (h['x-tc-action'] !== 'SendSms') return error('InvalidAction', 'action');
      if (input.SmsSdkAppId !== opts.sdkAppId) return error('InvalidParameterValue.SdkAppIdNotExist', 'app');
      if (input.SignName !== opts.signName) return error('FailedOperation.SignatureIncorrectOrUnapproved', 'sign name');
      const params = opts.templates[input.TemplateId];
      if (params === undefined) return error('FailedOperation.TemplateIncorrectOrUnapproved', 'template');
      if (!Array.isArray(input.TemplateParamSet) || input.TemplateParamSet.length !== params)
        return error('InvalidParameterValue.TemplateParameterFormatError', 'params');
      if (!Array.isArray(input.PhoneNumberSet) || input.PhoneNumberSet.length !== 1)
        return error('InvalidParameter', 'numbers');
      const phone: string = input.PhoneNumberSet[0];
      const next = scripts.get(phone)?.shift() ?? 'ok';
      if (next === 'silent') {
        hanging.push(res);
        return;
      }
      if (next === 'throttled-request') return error('RequestLimitExceeded', 'too many requests');
      const status = (code: string, message: string, serialNo = '') =>
        answer({
          SendStatusSet: [
            {
              SerialNo: serialNo,
              PhoneNumber: phone,
              Fee: serialNo ? 1 : 0,
              SessionContext: input.SessionContext,
              Code: code,
              Message: message,
              IsoCode: 'CN',
            },
          ],
        });
      if (!/^\+\d{7,15}$/.test(phone) || next === 'invalid-number')
        return status('InvalidParameterValue.IncorrectPhoneNumber', 'incorrect phone number');
      if (next === 'throttled-number')
        return status('LimitExceeded.PhoneNumberThirtySecondLimit', 'the same number within 30 s');
      const serialNo = `2433:${++serial}`;
      fake.sent.push({
        phone,
        templateId: input.TemplateId,
        params: input.TemplateParamSet,
        signName: input.SignName,
        session: input.SessionContext,
        serialNo,
      });
      return status('Ok', 'send success', serialNo);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(fake as FakeTencentSms, {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    async close() {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
