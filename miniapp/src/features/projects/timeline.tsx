import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { ProjectUpdateFieldsFragment } from '../../generated/operations';
import { Photos } from '../../components/Photos';
import { figureInWords, UPDATE_KIND_WORDS } from './format';
import { dateInWords, yuanInWords } from '../../lib/format';
import { Phrases } from '../../components/Phrases';

type Update = ProjectUpdateFieldsFragment;

/** One timeline entry; a corrected one stays, marked, with the correction named. `children`: staff actions on it (更正). */
export function Entry({ update, all, children }: { update: Update; all: readonly Update[]; children?: ReactNode }) {
  const dateOf = (id: string) => all.find((u) => u.id === id)?.date;
  const corrected = update.correctedBy.length > 0;
  const correctionDate = corrected ? dateOf(update.correctedBy[update.correctedBy.length - 1]!) : undefined;
  const original = update.corrects ? dateOf(update.corrects) : undefined;
  return (
    <View className={`project-entry${corrected ? ' project-entry--corrected' : ''}`} role="listitem" data-testid="timeline-entry">
      <Text className="project-entry__title">{`${dateInWords(update.date)} · ${UPDATE_KIND_WORDS[update.kind]}`}</Text>
      <Phrases className="project-entry__when" breaks="words" text={`发布单位：${update.department}`} />
      {corrected && <Text className="project-entry__corrected">{`这条内容有误，已更正${correctionDate ? `（见 ${dateInWords(correctionDate)} 的更正）` : ''}，以更正为准。`}</Text>}
      {update.kind === 'CORRECTION' && <Text className="project-entry__corrected">{`更正${original ? ` ${dateInWords(original)} ` : '之前'}的一条内容：`}</Text>}
      <Text className="gov-paragraph project-entry__text" userSelect>
        {update.text}
      </Text>
      {update.figures.map((f) => (
        <Text className="gov-line" key={f.label}>
          {figureInWords(f)}
        </Text>
      ))}
      {update.spending !== null && <Text className="gov-line">{`本次使用资金：${yuanInWords(update.spending)}`}</Text>}
      <Photos photos={update.photos} what={`${dateInWords(update.date)}进展`} />
      {children}
    </View>
  );
}
