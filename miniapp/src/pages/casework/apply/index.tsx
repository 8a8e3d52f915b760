import { useState } from 'react';
import { Text } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { SendAction } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { Problem } from '../../../components/Messages';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { TextField } from '../../../components/TextField';
import { MobileField } from '../../../components/MobileField';
import { request } from '../../../api/request';
import { ApplyForInformationDocument, type ApplicantKind, type DeliveryMethod, type InformationForm, type InformationRequestInput, type OrganisationKind } from '../../../generated/operations';
import { useCheckedSend } from '../../../hooks/use-checked-send';
import { askForMessages } from '../../../platform/messages';
import { replacePage, ROUTES } from '../../../lib/navigation';
import { DepartmentChoice } from '../../../features/casework/DepartmentChoice';
import { APPLICATION_LIMITS, checkApplication, EMPTY_APPLICATION, type ApplicationForm } from '../../../features/casework/application-form';
import { APPLICANT_KIND_WORDS, DELIVERY_WORDS, FORM_WORDS, ORGANISATION_KIND_WORDS } from '../../../features/casework/format';

const options = <T extends string>(words: Record<T, string>) => (Object.keys(words) as T[]).map((value) => ({ value, label: words[value] }));

/**
 * 申请政府信息公开: the application the 政府信息公开条例 (第二十九条) asks for — who applies, how to reach
 * them, what information, in what form and how to receive it. Sent, the application's own page opens
 * with its number and the date by which it must be answered.
 */
export default function ApplyPage() {
  const [form, setForm] = useState<ApplicationForm>(EMPTY_APPLICATION);
  const set = <K extends keyof ApplicationForm>(name: K) => (value: ApplicationForm[K]) => setForm((f) => ({ ...f, [name]: value }));
  const citizen = form.applicantKind === 'CITIZEN';
  const { errors, problem, signInNeeded, busy, go } = useCheckedSend(() => checkApplication(form), async (input: InformationRequestInput) => {
    // Asked still inside the tap (nothing awaited yet), as WeChat requires; answered before sending, so
    // the answer's message finds the permission already given.
    await askForMessages(['INFORMATION_REQUEST_REPLIED']);
    const applied = (await request(ApplyForInformationDocument, { input })).applyForInformation;
    await replacePage(ROUTES.caseworkRequest, { id: applied.id, sent: 1 });
  });

  return (
    <Screen label="申请政府信息公开">
      <Heading level={1}>申请政府信息公开</Heading>
      <Text className="gov-paragraph">没有主动公开的政府信息，可以向负责的机关申请。机关收到后 20 个工作日内答复，需要延长的会告诉您。</Text>
      <DepartmentChoice
        label="向哪个机关申请"
        unsure={(office) => ({ value: office, label: `不知道向哪个机关申请（向${office}申请）` })}
        chosen={form.department}
        onChoose={set('department')}
        error={errors.department}
      />
      <Heading level={2}>申请人</Heading>
      <Choices label="申请人类型" options={options(APPLICANT_KIND_WORDS)} chosen={[form.applicantKind]} onChoose={(kind: ApplicantKind) => set('applicantKind')(kind)} />
      {citizen ? (
        <>
          <TextField label="姓名" value={form.name} onChange={set('name')} error={errors.name} maxLength={APPLICATION_LIMITS.name} />
          <TextField
            label="身份证号码"
            hint="只有办理的工作人员能看到完整号码，其他地方都遮住显示"
            value={form.idNumber}
            onChange={set('idNumber')}
            error={errors.idNumber}
            maxLength={APPLICATION_LIMITS.idNumber}
          />
        </>
      ) : (
        <>
          <TextField label="单位名称" value={form.name} onChange={set('name')} error={errors.name} maxLength={APPLICATION_LIMITS.name} />
          <Choices label="组织类型" title="组织类型" options={options(ORGANISATION_KIND_WORDS)} chosen={form.organisationKind ? [form.organisationKind] : []} onChoose={(kind: OrganisationKind) => set('organisationKind')(kind)} />
          <Problem text={errors.organisationKind} />
          <TextField label="统一社会信用代码" value={form.organisationCode} onChange={set('organisationCode')} error={errors.organisationCode} maxLength={APPLICATION_LIMITS.organisationCode} />
          <TextField label="联系人（可以不填）" value={form.contactPerson} onChange={set('contactPerson')} maxLength={APPLICATION_LIMITS.contactPerson} />
        </>
      )}
      <MobileField hint="办理中需要时联系您" value={form.mobile} onChange={set('mobile')} error={errors.mobile} />
      <TextField label="电子邮箱（可以不填）" value={form.email} onChange={set('email')} error={errors.email} maxLength={APPLICATION_LIMITS.email} />
      <TextField label="通信地址（可以不填）" hint="选邮寄的要填" value={form.address} onChange={set('address')} error={errors.address} maxLength={APPLICATION_LIMITS.address} />
      <Heading level={2}>申请的信息</Heading>
      <TextField
        label="所需信息的名称、文号或者说明"
        hint="写得越具体越好找，如：2026年养老服务补贴发放名单"
        value={form.description}
        onChange={set('description')}
        error={errors.description}
        maxLength={APPLICATION_LIMITS.description}
        lines
      />
      <Choices label="信息的形式" title="要什么形式" options={options(FORM_WORDS)} chosen={[form.form]} onChoose={(value: InformationForm) => set('form')(value)} />
      <Choices label="获取方式" title="怎样给您" options={options(DELIVERY_WORDS)} chosen={[form.delivery]} onChoose={(value: DeliveryMethod) => set('delivery')(value)} column />
      <Problem text={problem} />
      {signInNeeded && <SignInNeeded why="申请要先登录，这样答复和告知书才能送到您这里。登录后回到这里，填好的内容还在。" />}
      <SendAction busy={busy} onClick={go}>提交申请</SendAction>
    </Screen>
  );
}
