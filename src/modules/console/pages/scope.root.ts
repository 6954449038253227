import {
  ConsoleScopeLotDocument,
  ConsoleScopeProducerDocument,
  ConsoleScopeProductDocument,
  type ScopeRootInput,
  type ScopeRootKind,
} from '../../../generated/operations';
import { DigitalLinkError, parseDigitalLink } from '../../../common/gs1-digital-link';
import type { SignedInRequest } from '../console.page';
import { SCOPE_TEXTS } from './scope.texts';

/**
 * The scope explorer's root, from the page's query string. A person types or scans codes (a lot's QR
 * link or "GTIN lot", a GTIN, a credit code), which are looked up through the API; links the page hands
 * out carry IDs instead (`lot`, `product` + `from` + `to`, `declaration` + `indicator`, `producer`, as
 * the scope spreadsheet takes them), so a page's filters and pages never look codes up again.
 */

export interface ResolvedRoot {
  root: ScopeRootInput;
  /** ISO time, or null for now. */
  asOf: string | null;
  /** The root as ID parameters, for links (with `asOf`). */
  params: URLSearchParams;
}

export type RootResult = { ok: ResolvedRoot } | { errors: Record<string, string[]> } | { none: true };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-11-30 18:00" or "2026-11-30T18:00" (China time) as an ISO instant; null when malformed. */
export function chinaInstant(s: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s.trim());
  if (!m) return null;
  const d = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}+08:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** GTIN and lot number from a scanned Digital Link, a GS1 element string or "GTIN lot"; null when unreadable. */
export function lotCodeOf(input: string): { gtin: string; lotNumber: string } | null {
  const s = input.trim();
  if (/^https?:\/\//i.test(s)) {
    try {
      const dl = parseDigitalLink(s, { zeroSuppressedGtin: true, convenienceAlphas: true });
      const all = [...dl.path, ...dl.attributes];
      const gtin = all.find((a) => a.ai === '01')?.value;
      const lot = all.find((a) => a.ai === '10')?.value;
      return gtin && lot ? { gtin, lotNumber: lot } : null;
    } catch (err) {
      if (err instanceof DigitalLinkError) return null;
      throw err;
    }
  }
  const ai = /^\(01\)(\d{8,14})\(10\)(.+)$/.exec(s);
  if (ai) return { gtin: ai[1], lotNumber: ai[2] };
  const plain = /^(\d{8,14})\s*[\s/]\s*(\S+)$/.exec(s);
  return plain ? { gtin: plain[1], lotNumber: plain[2] } : null;
}

export async function resolveScopeRoot(c: SignedInRequest): Promise<RootResult> {
  const t = SCOPE_TEXTS[c.lang];
  const q = c.query;
  const errors: Record<string, string[]> = {};
  const fail = (name: string, message: string) => (errors[name] ??= []).push(message);
  let asOf: string | null = null;
  if (q.asOf) {
    asOf = q.asOf.includes('Z')
      ? Number.isNaN(Date.parse(q.asOf))
        ? null
        : new Date(q.asOf).toISOString()
      : chinaInstant(q.asOf);
    if (!asOf) fail('asOf', t.badTime);
  }
  const params = new URLSearchParams();
  let root: ScopeRootInput | null = null;
  const kind = q.kind as ScopeRootKind | undefined;

  if (q.lot) root = { kind: 'LOTS', lots: [q.lot] };
  else if (q.product)
    root = { kind: 'PRODUCT_RANGE', product: q.product, producedFrom: q.from ?? '', producedTo: q.to ?? '' };
  else if (q.declaration) root = { kind: 'DECLARATION', declaration: q.declaration, indicatorKey: q.indicator || null };
  else if (q.producer) root = { kind: 'PRODUCER', producer: q.producer };
  else if (kind === 'LOTS') {
    const code = lotCodeOf(q.code ?? '');
    if (!q.code?.trim()) fail('code', t.required);
    else if (!code) fail('code', t.unreadable);
    else {
      const { lot } = await c.gql(ConsoleScopeLotDocument, code).catch(() => ({ lot: null }));
      if (!lot) fail('code', t.noLot);
      else root = { kind: 'LOTS', lots: [lot.id] };
    }
  } else if (kind === 'PRODUCT_RANGE' || kind === 'DECLARATION') {
    const gtin = (q.gtin ?? '').trim();
    if (!gtin) fail('gtin', t.required);
    const product = gtin
      ? (await c.gql(ConsoleScopeProductDocument, { gtin }).catch(() => ({ product: null }))).product
      : null;
    if (gtin && !product) fail('gtin', t.noProduct);
    if (kind === 'PRODUCT_RANGE') {
      for (const f of ['from', 'to'] as const) if (!DATE.test(q[f] ?? '')) fail(f, q[f] ? t.badDate : t.required);
      if (product && !Object.keys(errors).length) {
        root = { kind: 'PRODUCT_RANGE', product: product.id, producedFrom: q.from, producedTo: q.to };
      }
    } else {
      const version = product?.declarations.find((d) => String(d.version) === (q.version ?? '').trim());
      if (!q.version?.trim()) fail('version', t.required);
      else if (product && !version) fail('version', t.noVersion);
      if (version) root = { kind: 'DECLARATION', declaration: version.id, indicatorKey: q.indicator?.trim() || null };
    }
  } else if (kind === 'PRODUCER') {
    const creditCode = (q.creditCode ?? '').trim().toUpperCase();
    if (!creditCode) fail('creditCode', t.required);
    else {
      const { organization } = await c
        .gql(ConsoleScopeProducerDocument, { creditCode })
        .catch(() => ({ organization: null }));
      if (!organization) fail('creditCode', t.noProducer);
      else root = { kind: 'PRODUCER', producer: organization.id };
    }
  }
  if (Object.keys(errors).length) return { errors };
  if (!root) return { none: true };
  if (root.lots) params.set('lot', String(root.lots[0]));
  if (root.product) {
    params.set('product', String(root.product));
    params.set('from', root.producedFrom ?? '');
    params.set('to', root.producedTo ?? '');
  }
  if (root.declaration) {
    params.set('declaration', String(root.declaration));
    if (root.indicatorKey) params.set('indicator', root.indicatorKey);
  }
  if (root.producer) params.set('producer', String(root.producer));
  if (asOf) params.set('asOf', asOf);
  return { ok: { root, asOf, params } };
}
