import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { LinkCard } from '../../../components/LinkCard';
import { PagedList } from '../../../components/PagedList';
import { Problem } from '../../../components/Messages';
import { request } from '../../../api/request';
import { RatingServicesDocument, type RatingServiceFieldsFragment } from '../../../generated/operations';
import { openPage, ROUTES } from '../../../lib/navigation';
import { canScanCodes, scanCode } from '../../../platform';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { channelInWords, parseRatingLink } from '../../../features/rating/format';
import '../../../features/rating/rating.scss';

/** weapp: the camera reads the code at the window; anything but one of our rating codes is said so. */
function ScanButton() {
  const [problem, setProblem] = useState('');
  const scan = () => {
    setProblem('');
    void scanCode().then((scanned) => {
      // Closing the camera is not a failure: nothing to say.
      if (!scanned) return;
      const link = parseRatingLink(scanned.path) ?? parseRatingLink(scanned.text);
      if (link) openPage(ROUTES.ratingRate, link);
      else setProblem('这不是评价服务的二维码。请扫窗口旁贴的“好差评”二维码，或在下面选择服务。');
    });
  };
  return (
    <View className="rating-section">
      <Action className="rating-scan" onClick={scan}>
        扫码评价
      </Action>
      <Problem text={problem} />
    </View>
  );
}

/** The services under their department, in the API's order (by department). */
function byDepartment(services: RatingServiceFieldsFragment[]): Array<{ name: string; services: RatingServiceFieldsFragment[] }> {
  const departments: Array<{ name: string; services: RatingServiceFieldsFragment[] }> = [];
  for (const service of services) {
    const last = departments[departments.length - 1];
    if (last?.name === service.department) last.services.push(service);
    else departments.push({ name: service.department, services: [service] });
  }
  return departments;
}

/** Services by department (the API's order), each opening its rating page. */
function ServiceList() {
  const list = usePaged((after) => request(RatingServicesDocument, { first: 50, after }).then(({ services }) => pageOf(services)), 'services');
  return (
    <PagedList list={list} what="服务列表" empty="还没有可以评价的服务。">
      {(services) => (
        <View role="navigation" aria-label="选择服务">
          {byDepartment(services).map((department) => (
            <View key={department.name} className="rating-department">
              <Heading level={3}>{department.name}</Heading>
              {department.services.map((service) => (
                <LinkCard key={service.id} title={service.name} lines={service.disabled ? [channelInWords(service), '已停用，不能评价了'] : [channelInWords(service)]} onClick={() => openPage(ROUTES.ratingRate, { service: service.id })} />
              ))}
            </View>
          ))}
        </View>
      )}
    </PagedList>
  );
}

/** 好差评: scan the code at the window (weapp), or pick the service; my ratings; the public figures. */
export default function RatingHome() {
  const canScan = canScanCodes();
  return (
    <Screen label="好差评">
      <Heading level={1}>好差评</Heading>
      <Text className="gov-paragraph">办完事，请为这次服务评价。不满意的，部门会回访您、整改，并给您答复。</Text>
      {canScan ? (
        <ScanButton />
      ) : (
        <View className="gov-notice" role="note">
          <Text className="gov-notice__title">网页版不能扫码</Text>
          <Text className="gov-notice__text">请用手机微信扫窗口旁的“好差评”二维码；或者在下面选择您办理的服务。</Text>
        </View>
      )}
      <View className="rating-section">
        <Action kind="plain" onClick={() => openPage(ROUTES.ratingMine)}>
          我的评价（看部门答复）
        </Action>
        <Action kind="plain" onClick={() => openPage(ROUTES.ratingFigures)}>
          满意度公开（各部门的评价结果）
        </Action>
      </View>
      <Heading level={2}>{canScan ? '没有二维码？选择服务' : '选择服务'}</Heading>
      <ServiceList />
    </Screen>
  );
}
