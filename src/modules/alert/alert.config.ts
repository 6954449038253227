import { readFileSync } from 'node:fs';
import { config } from '../../config';

/** SMTP settings: host, port, how TLS is used, credentials, sender. */
export interface SmtpSettings {
  host: string;
  port: number;
  /**
   * `implicit`: TLS from the first byte (port 465); `starttls`: plain then STARTTLS, required;
   * `none`: plain text (a local relay only).
   */
  tls: 'implicit' | 'starttls' | 'none';
  user: string | null;
  password: string | null;
  /** The From address, e.g. "产品追溯平台 <recall@trace.example.cn>". */
  from: string;
  /** PEM of a private CA to trust (a company relay); null: the system's CAs. */
  ca: string | null;
  /** Seconds to wait for the server at each step. */
  timeoutSeconds: number;
}

/** Tencent Cloud SMS (SendSms, API 2021-01-11) settings. */
export interface TencentSmsSettings {
  provider: 'tencent';
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  /** The approved SMS signature, e.g. "河南产品追溯". */
  signName: string;
  /** Approved template IDs by language; English falls back to Chinese. */
  templateZh: string;
  templateEn: string | null;
  region: string;
  /** https://sms.tencentcloudapi.com, or a test server. */
  endpoint: string;
  /** Pull delivery receipts (PullSmsSendStatus), which must be enabled in the SMS console. */
  pullStatus: boolean;
  timeoutSeconds: number;
}

export interface AlertSettings {
  smtp: SmtpSettings | null;
  sms: TencentSmsSettings | null;
  /** Base of the links in alerts (PUBLIC_BASE_URL), without a trailing slash. */
  baseUrl: string;
  /** Whether PUBLIC_BASE_URL was set (a warning at start when it was not). */
  baseUrlConfigured: boolean;
  /** Days after a recall closes until the contacts registered for its lots are erased. */
  retentionDays: number;
  /** How often an idle worker looks for due alerts, in ms. */
  pollMs: number;
  /** First retry delay in ms; each further one doubles, up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Hours a transient failure is retried before the alert is FAILED (GAVE_UP). */
  retryHours: number;
  /** How long a worker's claim holds before another worker may recover the alert, in ms. */
  leaseMs: number;
  /** Alerts claimed at once by one worker; sends in parallel within a claim. */
  batchSize: number;
  concurrency: number;
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}"`);
  return n;
}

function smtpFrom(env: Env): SmtpSettings | null {
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const port = int(env, 'SMTP_PORT', 587, 1);
  const tls = (env.SMTP_TLS?.trim().toLowerCase() || (port === 465 ? 'implicit' : 'starttls')) as SmtpSettings['tls'];
  if (!['implicit', 'starttls', 'none'].includes(tls))
    throw new Error(`SMTP_TLS must be implicit, starttls or none, not "${env.SMTP_TLS}"`);
  const from = env.SMTP_FROM?.trim();
  if (!from) throw new Error('SMTP_FROM is needed with SMTP_HOST: the address recall alerts come from');
  return {
    host,
    port,
    tls,
    from,
    user: env.SMTP_USER || null,
    password: env.SMTP_PASSWORD || null,
    ca: env.SMTP_CA_FILE ? readFileSync(env.SMTP_CA_FILE, 'utf8') : null,
    timeoutSeconds: int(env, 'SMTP_TIMEOUT_SECONDS', 30, 1),
  };
}

function smsFrom(env: Env): TencentSmsSettings | null {
  const provider = env.SMS_PROVIDER?.trim().toLowerCase();
  if (!provider) return null;
  if (provider !== 'tencent')
    throw new Error(`SMS_PROVIDER "${env.SMS_PROVIDER}" is not supported; supported: tencent`);
  const need = (name: string) => {
    const v = env[name]?.trim();
    if (!v) throw new Error(`${name} is needed with SMS_PROVIDER=tencent`);
    return v;
  };
  return {
    provider: 'tencent',
    secretId: need('TENCENT_SMS_SECRET_ID'),
    secretKey: need('TENCENT_SMS_SECRET_KEY'),
    sdkAppId: need('TENCENT_SMS_SDK_APP_ID'),
    signName: need('TENCENT_SMS_SIGN_NAME'),
    templateZh: need('TENCENT_SMS_TEMPLATE_ZH'),
    templateEn: env.TENCENT_SMS_TEMPLATE_EN?.trim() || null,
    region: env.TENCENT_SMS_REGION?.trim() || 'ap-guangzhou',
    endpoint: (env.TENCENT_SMS_ENDPOINT?.trim() || 'https://sms.tencentcloudapi.com').replace(/\/+$/, ''),
    pullStatus: env.TENCENT_SMS_PULL_STATUS === 'true',
    timeoutSeconds: int(env, 'TENCENT_SMS_TIMEOUT_SECONDS', 15, 1),
  };
}

let cached: AlertSettings | null = null;

/** Alert settings from the environment, read once (`env` for tests); a bad value stops the server at start, named. */
export function alertSettings(env?: Env): AlertSettings {
  if (!env) return (cached ??= readSettings(process.env));
  return readSettings(env);
}

function readSettings(env: Env): AlertSettings {
  const cfg = config();
  const base = env.PUBLIC_BASE_URL?.replace(/\/+$/, '') || cfg.publicBaseUrl;
  return {
    smtp: smtpFrom(env),
    sms: smsFrom(env),
    baseUrl: base ?? `http://${cfg.host === '0.0.0.0' ? 'localhost' : cfg.host}:${cfg.port}`,
    baseUrlConfigured: !!base,
    retentionDays: int(env, 'RECALL_ALERT_RETENTION_DAYS', 365),
    pollMs: int(env, 'ALERT_POLL_MS', 2000, 10),
    backoffMs: int(env, 'ALERT_RETRY_BASE_MS', 30_000, 1),
    maxBackoffMs: int(env, 'ALERT_RETRY_MAX_MS', 30 * 60_000, 1),
    retryHours: int(env, 'ALERT_RETRY_HOURS', 72, 1),
    leaseMs: int(env, 'ALERT_LEASE_MS', 5 * 60_000, 100),
    batchSize: int(env, 'ALERT_BATCH', 20, 1),
    concurrency: int(env, 'ALERT_CONCURRENCY', 4, 1),
  };
}
