import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { PolicyList } from '../../../features/policy/PolicyList';
import { RepealedToggle } from '../../../features/policy/RepealedToggle';
import { Loaded } from '../../../components/States';
import { Choices } from '../../../components/Choices';
import { request } from '../../../api/request';
import { PolicyFacetsDocument, type PolicyFilter } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { openPage, ROUTES } from '../../../lib/navigation';
import './index.scss';

type Facet = 'issuer' | 'year' | 'topic';
const FACETS: ReadonlyArray<{ facet: Facet; label: string; field: 'issuers' | 'years' | 'topics' }> = [
  { facet: 'issuer', label: '按发布机构', field: 'issuers' },
  { facet: 'year', label: '按年份', field: 'years' },
  { facet: 'topic', label: '按主题', field: 'topics' },
];

const valueLabel = (facet: Facet, value: string) => (facet === 'year' ? `${value}年` : value);

/** 政策文件: currently valid policies, narrowed by issuer, year or topic; one facet open at a time. */
export default function PolicyBrowse() {
  const facets = useRemote(() => request(PolicyFacetsDocument).then((d) => d.policyFacets), 'facets');
  const [open, setOpen] = useState<Facet | null>(null);
  const [chosen, setChosen] = useState<{ facet: Facet; value: string } | null>(null);
  const [withRepealed, setWithRepealed] = useState(false);

  const filter: PolicyFilter = {};
  if (chosen?.facet === 'issuer') filter.issuer = chosen.value;
  if (chosen?.facet === 'topic') filter.topic = chosen.value;
  if (chosen?.facet === 'year') filter.year = Number(chosen.value);
  if (withRepealed) filter.validity = ['VALID', 'AMENDED', 'REPEALED'];

  return (
    <Screen label="政策文件">
      <Heading level={1}>政策文件</Heading>
      <Action kind="plain" onClick={() => openPage(ROUTES.policySearch)}>
        搜索政策
      </Action>
      <View className="browse-facets" role="group" aria-label="分类查看">
        <View className="gov-choices">
          {FACETS.map(({ facet, label }) => (
            <Action
              key={facet}
              kind={open === facet ? 'primary' : 'plain'}
              pressed={open === facet}
              onClick={() => setOpen(open === facet ? null : facet)}
            >
              {label}
            </Action>
          ))}
        </View>
        {open && (
          <Loaded remote={facets} what="分类">
            {(data) => (
              <View className="browse-values">
                <Choices
                  label={FACETS.find((f) => f.facet === open)!.label}
                  options={data[FACETS.find((f) => f.facet === open)!.field].map(({ value, count }) => ({ value, label: `${valueLabel(open, value)}（${count}）` }))}
                  chosen={chosen?.facet === open ? [chosen.value] : []}
                  onChoose={(value) => {
                    setChosen({ facet: open, value });
                    setOpen(null);
                  }}
                />
              </View>
            )}
          </Loaded>
        )}
      </View>
      <View className="browse-current" role="status">
        <Text>
          {chosen ? `正在看：${valueLabel(chosen.facet, chosen.value)}` : '正在看：全部'}
          {withRepealed ? '（含已废止）' : '（现行有效）'}
        </Text>
        {chosen && (
          <Action kind="link" onClick={() => setChosen(null)}>
            看全部
          </Action>
        )}
      </View>
      <RepealedToggle on={withRepealed} onChange={setWithRepealed} />
      <PolicyList filter={filter} emptyText="这一类暂时没有文件。可以点“看全部”，或换一个分类。" />
    </Screen>
  );
}
