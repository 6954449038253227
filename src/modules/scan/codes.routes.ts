/**
 * Label codes of a lot: its GS1 Digital Link URI as a QR code (SVG and PNG, for the web and print) and
 * its GTIN + lot as a GS1 DataMatrix (PNG and SVG, for packaging lines, whose scanners read element
 * strings). `GET /codes/{qr|datamatrix}.{svg|png}?gtin=…&lot=…[&size=px]`; 400 with the reason for a
 * bad GTIN, lot number or size, 404 for an unknown lot.
 */
import bwipjs from 'bwip-js';
import type { FastifyInstance, FastifyReply } from 'fastify';
import QRCode from 'qrcode';
import { isValidLotNumber, normalizeGtin } from '../../common/gs1';
import { digitalLinkOf, publicBaseUrl } from '../lot/digital-link';
import { Lot } from '../lot/lot.entity';
import { Product } from '../product/product.entity';
import type { ScanDeps } from './scan.service';

function bad(reply: FastifyReply, status: 400 | 404, reason: string) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error: status === 400 ? 'Bad Request' : 'Not Found', reason });
}

/** The GS1 element string of a lot for a GS1 DataMatrix: FNC1, (01) GTIN, (10) lot (last, so no separator). */
function dataMatrixText(gtin: string, lotNumber: string): string {
  return `^FNC101${gtin}10${lotNumber}`;
}

export function registerCodeRoutes(app: FastifyInstance, deps: ScanDeps): void {
  app.get<{ Params: { symbol: string; format: string }; Querystring: Record<string, string | undefined> }>(
    '/codes/:symbol.:format',
    async (request, reply) => {
      const { symbol, format } = request.params;
      if (!['qr', 'datamatrix'].includes(symbol) || !['svg', 'png'].includes(format)) {
        return bad(
          reply,
          404,
          'Codes are /codes/qr.svg, /codes/qr.png, /codes/datamatrix.svg and /codes/datamatrix.png.',
        );
      }
      const q = request.query;
      const g = normalizeGtin(q.gtin ?? '');
      if (!('gtin' in g))
        return bad(
          reply,
          400,
          g.problem === 'FORMAT' ? 'gtin: a GTIN has 8, 12, 13 or 14 digits.' : 'gtin: the check digit is wrong.',
        );
      const lotNumber = q.lot ?? '';
      if (!isValidLotNumber(lotNumber))
        return bad(reply, 400, 'lot: a lot number is 1 to 20 characters of GS1 character set 82.');
      const size = q.size === undefined ? 512 : Number(q.size);
      if (!Number.isInteger(size) || size < 64 || size > 2048)
        return bad(reply, 400, 'size: an image size is 64 to 2048 pixels.');
      const em = deps.orm.em.fork();
      const product = await em.findOne(Product, { gtin: g.gtin }, { fields: ['id'] });
      if (!product || (await em.count(Lot, { product, lotNumber })) === 0)
        return bad(reply, 404, 'No lot of this GTIN has this lot number.');

      reply.header('cache-control', 'public, max-age=86400').header('access-control-allow-origin', '*');
      if (symbol === 'qr') {
        const uri = digitalLinkOf(publicBaseUrl(request), g.gtin, lotNumber);
        reply.header('x-encoded-data', uri);
        if (format === 'svg')
          return reply
            .type('image/svg+xml')
            .send(await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }));
        return reply
          .type('image/png')
          .send(await QRCode.toBuffer(uri, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: size }));
      }
      // FNC1 first makes it a GS1 DataMatrix; written raw so that any set-82 lot character is safe.
      const raw = {
        bcid: 'datamatrix',
        text: dataMatrixText(g.gtin, lotNumber),
        parsefnc: true,
        padding: 4,
        backgroundcolor: 'FFFFFF',
      };
      reply.header('x-encoded-data', `(01)${g.gtin}(10)${lotNumber}`);
      if (format === 'svg') return reply.type('image/svg+xml').send(bwipjs.toSVG(raw));
      return reply.type('image/png').send(await bwipjs.toBuffer({ ...raw, scale: Math.max(2, Math.round(size / 40)) }));
    },
  );
}
