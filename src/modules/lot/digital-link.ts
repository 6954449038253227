import { escapeAiValue } from '../../common/gs1-digital-link';
import { config } from '../../config';

/** The GS1 Digital Link URI of a lot: `<base>/01/<gtin14>/10/<lot>`, the lot percent-encoded as GS1 requires. */
export function digitalLinkOf(baseUrl: string, gtin: string, lotNumber: string): string {
  return `${baseUrl}/01/${gtin}/10/${escapeAiValue(lotNumber)}`;
}

/** The base of Digital Link URIs: PUBLIC_BASE_URL, or else the scheme and host a request came to. */
export function publicBaseUrl(request: { protocol: string; host: string }): string {
  return config().publicBaseUrl ?? `${request.protocol}://${request.host}`;
}
