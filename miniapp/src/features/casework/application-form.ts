import type { ApplicantKind, DeliveryMethod, InformationForm, InformationRequestInput, OrganisationKind } from '../../generated/operations';
import { MAINLAND_MOBILE, mobileDigits } from '@govopen/shared/src/mobile';

// 依申请公开: the application form's rules, those of 政府信息公开条例 第二十九条 as the API checks them
// (applicationSchema in api/src/information-requests/request-resolvers.ts), said beside each field
// before anything is sent.

export type ApplicationForm = {
  department: string;
  applicantKind: ApplicantKind;
  organisationKind: OrganisationKind | null;
  name: string;
  idNumber: string;
  organisationCode: string;
  contactPerson: string;
  mobile: string;
  email: string;
  address: string;
  description: string;
  form: InformationForm;
  delivery: DeliveryMethod;
};
export type ApplicationErrors = Partial<Record<keyof ApplicationForm, string>>;

export const EMPTY_APPLICATION: ApplicationForm = {
  department: '',
  applicantKind: 'CITIZEN',
  organisationKind: null,
  name: '',
  idNumber: '',
  organisationCode: '',
  contactPerson: '',
  mobile: '',
  email: '',
  address: '',
  description: '',
  form: 'ELECTRONIC',
  delivery: 'ONLINE',
};

export const APPLICATION_LIMITS = { name: 100, idNumber: 18, organisationCode: 18, contactPerson: 50, email: 100, address: 200, description: 2000 } as const;

const ID_NUMBER = /^\d{17}[\dX]$/u;
const ORGANISATION_CODE = /^[0-9A-Z]{18}$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

export function checkApplication(form: ApplicationForm): { errors: ApplicationErrors; input: InformationRequestInput | null } {
  const errors: ApplicationErrors = {};
  const text = (value: string) => value.trim();
  const citizen = form.applicantKind === 'CITIZEN';
  const idNumber = text(form.idNumber).toUpperCase();
  const organisationCode = text(form.organisationCode).toUpperCase();
  const mobile = mobileDigits(form.mobile);
  const email = text(form.email);
  const address = text(form.address);
  if (!text(form.department)) errors.department = '请选择向哪个机关申请；不知道的，选“不知道向哪个机关申请”。';
  if (!text(form.name)) errors.name = citizen ? '请填写您的姓名。' : '请填写单位的名称。';
  if (citizen && !ID_NUMBER.test(idNumber)) errors.idNumber = '请填写 18 位身份证号码。';
  if (!citizen && !form.organisationKind) errors.organisationKind = '请选择组织类型。';
  if (!citizen && !ORGANISATION_CODE.test(organisationCode)) errors.organisationCode = '请填写 18 位统一社会信用代码。';
  if (!MAINLAND_MOBILE.test(mobile)) errors.mobile = '请填写 11 位手机号码，如 13812345678。';
  if (email && !EMAIL.test(email)) errors.email = '电子邮箱的格式不对，如 name@example.com。';
  if (form.delivery === 'EMAIL' && !email) errors.email = '选了电子邮件，请填写接收的电子邮箱。';
  if (form.delivery === 'POST' && !address) errors.address = '选了邮寄，请填写通信地址。';
  if (!text(form.description)) errors.description = '请写明要哪份政府信息：名称、文号，或能找到它的说明。';
  if (Object.keys(errors).length) return { errors, input: null };
  return {
    errors,
    input: {
      department: text(form.department),
      applicantKind: form.applicantKind,
      organisationKind: citizen ? null : form.organisationKind,
      name: text(form.name),
      idNumber: citizen ? idNumber : null,
      organisationCode: citizen ? null : organisationCode,
      contactPerson: citizen ? null : text(form.contactPerson) || null,
      mobile,
      email: email || null,
      address: address || null,
      description: text(form.description),
      form: form.form,
      delivery: form.delivery,
    },
  };
}
