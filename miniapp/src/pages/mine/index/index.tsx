import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Tile } from '../../../components/Tile';
import { openPage, ROUTES } from '../../../lib/navigation';

export default function Mine() {
  return (
    <Screen label="我的">
      <Heading level={1}>我的</Heading>
      <Tile title="设置" hint="长辈版、字号、高对比度、简洁版" onClick={() => openPage(ROUTES.settings)} />
      <Tile title="最近看过" hint="没有网络时也能看" onClick={() => openPage(ROUTES.policyRecent)} />
    </Screen>
  );
}
