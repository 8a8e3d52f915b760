import { useState } from 'react';
import { View } from '@tarojs/components';
import { scrollToAnchor } from '../platform/scroll';
import { Action } from './Action';
import { Heading } from './Heading';

export type ContentsEntry = { anchor: string; label: string; /** 0: a chapter; 1: a part of it, shown indented. */ depth: 0 | 1 };

/** Past this many entries the parts stay folded under their chapters until asked for: the whole list would fill screens in 长辈版 before the text. */
const FOLD_ABOVE = 12;

/** 目录: a long text's headings, each a link that shows its part at the top of the screen. */
export function Contents({ entries }: { entries: readonly ContentsEntry[] }) {
  const parts = entries.filter((entry) => entry.depth === 1).length;
  const foldable = entries.length > FOLD_ABOVE && parts > 0 && parts < entries.length;
  const [unfolded, setUnfolded] = useState(false);
  const shown = foldable && !unfolded ? entries.filter((entry) => entry.depth === 0) : entries;
  return (
    <View className="gov-card gov-contents" role="navigation" aria-label="目录">
      <Heading level={2}>目录</Heading>
      {shown.map((entry) => (
        <Action key={entry.anchor} kind="link" role="link" className={`gov-contents__entry gov-contents__entry--${entry.depth}`} onClick={() => scrollToAnchor(entry.anchor)}>
          {entry.label}
        </Action>
      ))}
      {foldable && (
        <Action kind="plain" onClick={() => setUnfolded(!unfolded)}>
          {unfolded ? '只列各章' : `也列出各章下的${parts}节`}
        </Action>
      )}
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
