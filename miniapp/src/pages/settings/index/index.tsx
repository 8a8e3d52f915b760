import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Toggle } from '../../../components/Toggle';
import { Choices } from '../../../components/Choices';
import { updateSettings, useSettings } from '../../../settings/store';
import { FONT_STEPS } from '../../../theme';
import './index.scss';

/** 设置: 长辈版 first (the standards ask for 设置 → 长辈版), then font steps, contrast, 简洁版. */
export default function SettingsPage() {
  const settings = useSettings();
  return (
    <Screen label="设置">
      <Heading level={1}>设置</Heading>
      <Toggle
        title="长辈版"
        description="字更大，按钮更大，看得清、点得准。也叫关怀版、亲情版、关爱版。"
        on={settings.elder}
        onChange={(elder) => updateSettings({ elder })}
      />
      <View className="settings-group">
        <Heading level={2}>字号</Heading>
        <Choices label="字号" options={FONT_STEPS.map((step, index) => ({ value: index, label: step.label }))} chosen={[settings.fontStep]} onChoose={(fontStep) => updateSettings({ fontStep })} />
        <Text className="gov-paragraph settings-sample">示例：政务公开，方便您我。</Text>
      </View>
      <Toggle
        title="高对比度"
        description="黑底白字，看得更清楚。"
        on={settings.highContrast}
        onChange={(highContrast) => updateSettings({ highContrast })}
      />
      <Toggle
        title="简洁版"
        description="首页只留五个常用入口，排成一列，不显示搜索框和其他链接。"
        on={settings.simple}
        onChange={(simple) => updateSettings({ simple })}
      />
      <Text className="settings-note">您的选择会记在本机上，下次打开仍然有效。</Text>
    </Screen>
  );
}
