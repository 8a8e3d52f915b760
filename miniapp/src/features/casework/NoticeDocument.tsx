import { Text, View } from '@tarojs/components';
import './casework.scss';

/** A 告知书 as the API gives it (InformationNotice in information-requests.graphql). */
export interface NoticeContent {
  title: string;
  reference: string;
  addressee: string;
  paragraphs: readonly string[];
  basis: string | null;
  rights: string | null;
  issuer: string;
  date: string;
}

/**
 * A written notice laid out as printed: the title, the number, whom it is to, the body with the legal
 * basis and the rights, and the department and date at the foot. Printing shows only this (the page's
 * buttons are hidden by the print style).
 */
export function NoticeDocument({ notice }: { notice: NoticeContent }) {
  const body = [...notice.paragraphs, ...(notice.basis ? [notice.basis] : []), ...(notice.rights ? [notice.rights] : [])];
  return (
    <View className="notice-document" role="document" aria-label={notice.title}>
      <View className="notice-document__title" role="heading" aria-level={2}>
        {notice.title}
      </View>
      <Text className="notice-document__reference" userSelect>{`申请编号：${notice.reference}`}</Text>
      <Text className="notice-document__addressee" userSelect>{`${notice.addressee}：`}</Text>
      {body.map((paragraph, i) => (
        <Text className={`notice-document__paragraph${paragraph === notice.rights ? ' notice-document__rights' : ''}`} key={i} userSelect>
          {paragraph}
        </Text>
      ))}
      <View className="notice-document__foot">
        <Text className="notice-document__issuer">{notice.issuer}</Text>
        <Text className="notice-document__date">{notice.date}</Text>
      </View>
    </View>
  );
}
