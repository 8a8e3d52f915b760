import { View } from '@tarojs/components';
import { scrollToAnchor } from '../platform/scroll';
import { Action } from './Action';
import { Heading } from './Heading';

export type ContentsEntry = { anchor: string; label: string; /** 0: a chapter; 1: a part of it, shown indented. */ depth: 0 | 1 };

/** 目录: a long text's headings, each a link that shows its part at the top of the screen. */
export function Contents({ entries }: { entries: readonly ContentsEntry[] }) {
  return (
    <View className="gov-card gov-contents" role="navigation" aria-label="目录">
      <Heading level={2}>目录</Heading>
      {entries.map((entry) => (
        <Action key={entry.anchor} kind="link" role="link" className={`gov-contents__entry gov-contents__entry--${entry.depth}`} onClick={() => scrollToAnchor(entry.anchor)}>
          {entry.label}
        </Action>
      ))}
    </View>
  );
}

/** 回到顶部: in the text's flow (never floating over it), to the page's title. */
export function BackToTop({ anchor }: { anchor: string }) {
  return (
    <Action kind="plain" className="gov-back-to-top" onClick={() => scrollToAnchor(anchor)}>
      回到顶部
    </Action>
  );
}
