import { View } from '@tarojs/components';
import { callPhone } from '../platform';
import { Action } from './Action';
import { Fields } from './Fields';
import { Heading } from './Heading';

/**
 * Whom to call: phone and hours (under every interpretation, and when a search did not help); a tap
 * on the number places the call. A named region, not contentinfo: that landmark is the page's own
 * footer and may not sit inside main.
 */
export function Consultation({ phone, hours }: { phone: string | null; hours: string | null }) {
  return (
    <View className="gov-card interpretation-contact" role="region" aria-label="政策咨询">
      <Heading level={2}>有疑问，请打电话咨询</Heading>
      <Fields
        rows={[
          { label: '咨询电话', value: phone ?? '暂未提供' },
          { label: '工作时间', value: hours ?? '暂未提供' },
        ]}
      />
      {phone && (
        <Action onClick={() => callPhone(phone)}>
          {`拨打 ${phone}`}
        </Action>
      )}
    </View>
  );
}
