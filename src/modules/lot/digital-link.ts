import { escapeAiValue } from '../../common/gs1-digital-link';
import { config } from '../../config';

/** The GS1 Digital Link URI of a lot: `<base>/01/<gtin14>/10/<lot>`, the lot percent-encoded as GS1 requires. */
export function digitalLinkOf(gtin: string, lotNumber: string): string {
  return `${config().publicBaseUrl}/01/${gtin}/10/${escapeAiValue(lotNumber)}`;
}
