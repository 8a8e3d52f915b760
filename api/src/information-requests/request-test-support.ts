import { receive } from './request-flow';
import type { StoredInformationRequest } from './request-model';

// An application as the tests of the information-request rules start from.

/** An instant given as Beijing date and time of day. */
export const beijing = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);

/** 王小华's application for a list of subsidies, received at `at`. */
export function filed(at: Date): StoredInformationRequest {
  return receive({
    id: 'r1',
    reference: 'YSQ-20260930-0001',
    residentId: 'resident-1',
    department: '区民政局',
    applicant: { kind: 'CITIZEN', organisationKind: null, name: '王小华', organisationCode: null, contactPerson: null, mobile: '13812341234', email: null, address: null },
    idNumberMasked: '110*************2X',
    description: '养老服务补贴的发放名单',
    form: 'ELECTRONIC',
    delivery: 'ONLINE',
    now: at,
    demo: false,
  }).request;
}
