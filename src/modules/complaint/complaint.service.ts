import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomCode, TRACKING_CODE } from '../../common/codes';
import { parseContact } from '../../common/contact';
import { decodeIdOf } from '../../common/global-id';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import * as check from '../../common/validate';
import type { OrganizationViewer } from '../access/viewer';
import { Remedy } from '../commitment/commitment.enums';
import { lotByKey } from '../lot/lot-key';
import { Organization } from '../organization/organization.entity';
import { Product } from '../product/product.entity';
import { Complaint, ComplaintAnswer } from './complaint.entity';
import { ComplaintCategory, ComplaintStatus, FINAL_COMPLAINT_STATUSES } from './complaint.enums';
import { routeComplaint, sellersOfLot } from './complaint.routing';
import { mayAnswerComplaint } from '../access/visibility';

export interface FileComplaintInput {
  gtin: string;
  lotNumber: string;
  category: ComplaintCategory;
  description: string;
  contact?: string | null;
  /** Global ID of the store the consumer bought from, if known. */
  purchasedFrom?: string | null;
}

const HOUR = 3600_000;

/** Files a consumer's complaint and routes it to the organization that answers first. */
export async function fileComplaint(em: EntityManager, input: FileComplaintInput): Promise<Complaint> {
  const lot = await lotByKey(em, input.gtin, input.lotNumber, ['input']);
  const errs: UserErrorData[] = [];
  const description = check.text(errs, input.description, ['input', 'description'], { max: 2000, required: true });
  if (!Object.values(ComplaintCategory).includes(input.category))
    errs.push(userError('INVALID_INPUT', 'Unknown category.', ['input', 'category']));
  let contact: string | null = null;
  if (input.contact?.trim()) {
    const c = parseContact(input.contact);
    if (c) contact = c.value;
    else
      errs.push(
        userError('INVALID_CONTACT', 'Give a mobile number or an e-mail address, or nothing.', ['input', 'contact']),
      );
  }
  const sellers = await sellersOfLot(em, lot.id);
  let purchasedFromId: string | null = null;
  if (input.purchasedFrom) {
    const d = decodeIdOf('Organization', input.purchasedFrom);
    if ('problem' in d)
      errs.push(userError(d.problem, 'Expected the ID of an Organization.', ['input', 'purchasedFrom']));
    else if (!sellers.some((s) => s.organizationId === d.id))
      errs.push(
        userError('NOT_A_SELLER_OF_LOT', 'The store named never held or sold this lot.', ['input', 'purchasedFrom']),
      );
    else purchasedFromId = d.id;
  }
  if (errs.length) throw new InputError(errs);
  const now = new Date();
  const product = await em.findOneOrFail(Product, { id: lot.product.id });
  const route = await routeComplaint(em, lot, product, sellers, purchasedFromId, now);
  const complaint = em.create(Complaint, {
    trackingCode: randomCode(TRACKING_CODE.prefix, TRACKING_CODE.length),
    lot,
    responsible: em.getReference(Organization, route.responsibleId),
    purchasedFrom: purchasedFromId ? em.getReference(Organization, purchasedFromId) : null,
    routing: route.routing,
    commitment: route.commitment,
    category: input.category,
    description: description!,
    contact,
    createdAt: now,
    responseDueAt: new Date(now.getTime() + route.responseHours * HOUR),
  });
  await em.flush();
  return complaint;
}

export interface AnswerComplaintInput {
  complaint: string;
  status: ComplaintStatus;
  message: string;
  remedy?: Remedy | null;
}

/** The responsible organization answers: a message to the consumer and a new status. */
export async function answerComplaint(
  em: EntityManager,
  viewer: OrganizationViewer,
  input: AnswerComplaintInput,
): Promise<Complaint> {
  const d = decodeIdOf('Complaint', input.complaint);
  if ('problem' in d)
    throw new InputError([userError(d.problem, 'Expected the ID of a Complaint.', ['input', 'complaint'])]);
  const complaint = await em.findOne(Complaint, { id: d.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!complaint) throw new InputError([userError('NOT_FOUND', 'No Complaint has this ID.', ['input', 'complaint'])]);
  if (!mayAnswerComplaint(viewer, { responsibleId: complaint.responsible.id })) {
    throw new InputError([
      userError('NOT_RESPONSIBLE', 'Only the organization the complaint was routed to answers it.', [
        'input',
        'complaint',
      ]),
    ]);
  }
  if (FINAL_COMPLAINT_STATUSES.includes(complaint.status))
    throw new InputError([userError('ALREADY_CLOSED', 'The complaint is closed already.', ['input', 'complaint'])]);
  const errs: UserErrorData[] = [];
  if (input.status === ComplaintStatus.RECEIVED)
    errs.push(userError('INVALID_STATUS', 'An answer sets IN_PROGRESS, RESOLVED or REJECTED.', ['input', 'status']));
  if (input.remedy && input.status !== ComplaintStatus.RESOLVED)
    errs.push(userError('REMEDY_WITHOUT_RESOLUTION', 'A remedy is given only with RESOLVED.', ['input', 'remedy']));
  const message = check.text(errs, input.message, ['input', 'message'], { max: 2000, required: true });
  if (errs.length) throw new InputError(errs);
  const now = new Date();
  complaint.status = input.status;
  complaint.remedy = input.remedy ?? null;
  complaint.firstAnsweredAt ??= now;
  if (FINAL_COMPLAINT_STATUSES.includes(input.status)) complaint.closedAt = now;
  em.create(ComplaintAnswer, {
    complaint,
    organization: em.getReference(Organization, viewer.organizationId),
    status: input.status,
    message: message!,
    at: now,
  });
  await em.flush();
  return complaint;
}

/** Whether the first answer is late: none by the deadline, or given after it. */
export function isOverdue(c: Complaint, now = new Date()): boolean {
  return (c.firstAnsweredAt ?? now) > c.responseDueAt;
}
