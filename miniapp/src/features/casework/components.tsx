import { Text, View } from '@tarojs/components';
import { Heading } from '../../components/Heading';
import { LinkCard } from '../../components/LinkCard';
import type { ConsultationFieldsFragment, InformationRequestDetailFieldsFragment, InformationRequestFieldsFragment } from '../../generated/operations';
import { openPage, ROUTES } from '../../lib/navigation';
import { dateInWords, dateTimeInWords, dayInWords } from '../../lib/format';
import { consultationClockInWords, CONSULTATION_STATUS_WORDS, FEE_METHOD_WORDS, REQUEST_STAFF_STATUS_WORDS, REQUEST_STATUS_WORDS, requestClockInWords } from './format';
import './casework.scss';

/** 办理经过: every dated step of a question or an application, oldest first. */
export function CaseSteps({ steps }: { steps: ReadonlyArray<{ at: string; what: string; note: string | null }> }) {
  return (
    <View className="casework-steps" role="region" aria-label="办理经过">
      <Heading level={2}>办理经过</Heading>
      <View role="list">
        {steps.map((step, i) => (
          <View className="casework-step" role="listitem" key={`${step.at}-${i}`}>
            <Text className="casework-step__when">{dateTimeInWords(step.at)}</Text>
            <Text className="casework-step__what">{step.what}</Text>
            {step.note && <Text className="gov-line">{step.note}</Text>}
          </View>
        ))}
      </View>
    </View>
  );
}

/** A question in a list (the resident's own, or a department's queue): the whole card opens it. */
export function ConsultationCard({ c, staff, onOpen }: { c: ConsultationFieldsFragment; staff?: boolean; onOpen: () => void }) {
  const clock = consultationClockInWords(c);
  return (
    <LinkCard
      title={c.question.length > 40 ? `${c.question.slice(0, 40)}……` : c.question}
      lines={[
        `状态：${CONSULTATION_STATUS_WORDS[c.status]}`,
        clock && (c.isOverdue ? `⚠ ${clock}` : clock),
        `${staff ? '办理部门' : '答复部门'}：${c.department}`,
        `留言日期：${dateInWords(c.askedAt)}`,
        c.complexReason && `复杂咨询：${c.complexReason}`,
      ]}
      onClick={onOpen}
    />
  );
}

/** An application in a list: 申请编号, where it stands and its clock. */
export function RequestCard({ r, staff, onOpen }: { r: InformationRequestFieldsFragment; staff?: boolean; onOpen: () => void }) {
  const clock = requestClockInWords(r);
  return (
    <LinkCard
      title={r.description.length > 40 ? `${r.description.slice(0, 40)}……` : r.description}
      lines={[
        `申请编号：${r.reference}`,
        `状态：${(staff ? REQUEST_STAFF_STATUS_WORDS : REQUEST_STATUS_WORDS)[r.status]}`,
        clock && (r.isOverdue ? `⚠ ${clock}` : clock),
        staff ? `申请人：${r.applicantName}` : `受理机关：${r.department}`,
        `收到日期：${dateInWords(r.receivedOn)}`,
      ]}
      onClick={onOpen}
    />
  );
}

/** 信息处理费: the calculation line by line, by when to pay, and whether it is settled. */
export function FeeCard({ fee }: { fee: NonNullable<InformationRequestDetailFieldsFragment['fee']> }) {
  return (
    <View className="gov-card" role="region" aria-label="信息处理费">
      <Heading level={2}>信息处理费</Heading>
      <Text className="gov-line">{`${FEE_METHOD_WORDS[fee.method]}，共 ${fee.totalYuan} 元`}</Text>
      {fee.lines.map((line) => (
        <Text className="gov-line" key={line}>
          {line}
        </Text>
      ))}
      <Text className="gov-line">{fee.settlement ? (fee.settlement === 'PAID' ? '已缴纳' : '已减免') : `请最迟在${dayInWords(fee.payBy)}缴纳，逾期未缴视为放弃申请。缴费期间答复期限暂停。`}</Text>
    </View>
  );
}

/** The 告知书 of the application, each opening as printed (to save or print). */
export function NoticeLinks({ r, staff }: { r: Pick<InformationRequestDetailFieldsFragment, 'id' | 'notices'>; staff?: boolean }) {
  if (!r.notices.length) return null;
  return (
    <View role="region" aria-label="告知书">
      <Heading level={2}>告知书</Heading>
      {r.notices.map((notice, i) => (
        <LinkCard key={`${notice.kind}-${i}`} title={notice.title} lines={[`${notice.issuer}，${notice.date}`, '点开查看，可保存或打印']} onClick={() => openPage(ROUTES.caseworkNotice, { id: r.id, n: i, staff: staff ? 1 : undefined })} />
      ))}
    </View>
  );
}
