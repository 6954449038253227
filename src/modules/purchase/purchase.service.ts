import type { EntityManager } from '@mikro-orm/postgresql';
import { normalizeCode, randomCode, sha256 } from '../../common/codes';
import { maskContact, parseContact } from '../../common/contact';
import { InputError, userError } from '../../common/user-error';
import { PersonalDataAccess } from '../access/personal-data-access.entity';
import type { OrganizationViewer } from '../access/viewer';
import { lotByKey } from '../lot/lot-key';
import type { Lot } from '../lot/lot.entity';
import { Organization } from '../organization/organization.entity';
import type { Recall } from '../recall/recall.entity';
import { cancelAlertsOfRegistrations, queueAlertsOfRegistration } from '../alert/alert.outbox';
import { Language } from '../alert/alert.enums';
import { ContactChannel, CONSENT_VERSION } from './purchase.enums';
import { PurchaseRegistration } from './purchase.entity';

export interface RegisterPurchaseInput {
  gtin: string;
  lotNumber: string;
  contact: string;
  consent: boolean;
  /** The language alerts are written in (the scan page's); Chinese by default. */
  language?: Language | null;
}

export interface Registered {
  lot: Lot;
  channel: ContactChannel;
  maskedContact: string;
  /** Shown to the consumer once; only its hash is stored. */
  deletionCode: string;
  /** Recall alerts queued at once because the lot is already in an active recall. */
  alertsQueued: number;
}

/** Stores a consumer's contact for recall alerts of one lot, with consent; the same contact twice is one registration. */
export async function registerPurchase(em: EntityManager, input: RegisterPurchaseInput): Promise<Registered> {
  const lot = await lotByKey(em, input.gtin, input.lotNumber, ['input']);
  const contact = parseContact(input.contact ?? '');
  const errs = [];
  if (!contact)
    errs.push(
      userError('INVALID_CONTACT', 'Give a mobile number (e.g. 13800138000) or an e-mail address.', [
        'input',
        'contact',
      ]),
    );
  if (input.consent !== true)
    errs.push(userError('CONSENT_REQUIRED', 'The contact is kept only with consent.', ['input', 'consent']));
  if (errs.length || !contact) throw new InputError(errs);
  const deletionCode = randomCode('D', 12);
  const channel = contact.channel === 'PHONE' ? ContactChannel.PHONE : ContactChannel.EMAIL;
  const language = input.language ?? Language.ZH;
  const deletionCodeHash = sha256(normalizeCode(deletionCode));
  // Registering again keeps the one registration of this contact for this lot (so that no recall alerts
  // it twice) with a new code, consent and language.
  const registration = await em.findOne(PurchaseRegistration, { lot, contact: contact.value });
  if (registration) Object.assign(registration, { consentVersion: CONSENT_VERSION, deletionCodeHash, language });
  const current =
    registration ??
    em.create(PurchaseRegistration, {
      lot,
      channel,
      contact: contact.value,
      consentVersion: CONSENT_VERSION,
      deletionCodeHash,
      language,
    });
  await em.flush();
  const alertsQueued = await queueAlertsOfRegistration(em, current.id, new Date());
  return { lot, channel, maskedContact: maskContact(contact), deletionCode, alertsQueued };
}

/** Deletes the registration a deletion code names; nothing of it stays, and its alerts not yet sent are cancelled. */
export async function deleteRegistration(em: EntityManager, deletionCode: string): Promise<void> {
  const found = await em.findOne(
    PurchaseRegistration,
    { deletionCodeHash: sha256(normalizeCode(deletionCode ?? '')) },
    { fields: ['id'] },
  );
  if (!found)
    throw new InputError([
      userError('UNKNOWN_DELETION_CODE', 'No registration has this deletion code (it may be deleted already).', [
        'deletionCode',
      ]),
    ]);
  await deleteRegistrations(em, [found.id], 'REGISTRATION_DELETED');
}

/** Deletes registrations (by their owner, a stop link, or erasure), their unsent alerts cancelled first. */
export async function deleteRegistrations(em: EntityManager, ids: string[], reason: string): Promise<number> {
  await cancelAlertsOfRegistrations(em, ids, reason);
  return em.nativeDelete(PurchaseRegistration, { id: { $in: ids } });
}

export interface PurchaserRow {
  registrationId: string;
  lotId: string;
  channel: ContactChannel;
  contact: string;
  registeredAt: Date;
}

/**
 * The contacts registered for lots in an active recall's frozen scope, for a regulator. Every call is
 * written to the append-only personal data access log first, in the same transaction.
 */
export async function purchasersOfRecall(
  em: EntityManager,
  viewer: OrganizationViewer,
  recall: Recall,
  limit: number,
  offset: number,
  reason: string | null = null,
): Promise<{ rows: PurchaserRow[]; total: number }> {
  const rows = await em.execute<
    { id: string; lot_id: string; channel: ContactChannel; contact: string; created_at: Date; total: string }[]
  >(
    `select pr.id, pr.lot_id, pr.channel, pr.contact, pr.created_at, count(*) over () as total
       from purchase_registration pr join recall_scope_lot s on s.lot_id = pr.lot_id and s.recall_id = ?
      order by pr.created_at, pr.id limit ? offset ?`,
    [recall.id, limit, offset],
  );
  em.create(PersonalDataAccess, {
    organization: em.getReference(Organization, viewer.organizationId),
    apiKeyId: viewer.actor.kind === 'key' ? viewer.actor.keyId : null,
    personId: viewer.actor.kind === 'person' ? viewer.actor.personId : null,
    subject: `recallPurchasers ${recall.number}`,
    reason,
    records: rows.length,
  });
  await em.flush();
  return {
    rows: rows.map((r) => ({
      registrationId: r.id,
      lotId: r.lot_id,
      channel: r.channel,
      contact: r.contact,
      registeredAt: new Date(r.created_at),
    })),
    total: rows.length ? Number(rows[0].total) : 0,
  };
}
