import { useEffect, type PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import { watchPrivacyRequests } from './platform/privacy';
import { kioskIdleSeconds, watchIdle } from './platform/kiosk';
import { currentSession, endSession } from './session/store';
import { signOutStaff, staffSessions } from './session/staff';
import { ROUTES } from './lib/routes';
import './app.scss';

// weapp: WeChat asks the app for its privacy pop-up before the first protected call.
watchPrivacyRequests();

/** Kiosk (H5 opened with ?kiosk=<seconds>): whoever walked away is signed out, and the next person starts at home. */
function useKioskSignOut() {
  useEffect(() => {
    const seconds = kioskIdleSeconds();
    if (seconds === null) return undefined;
    return watchIdle(seconds, () => {
      if (!currentSession() && !staffSessions.currentSession()) return;
      endSession('signed-out');
      signOutStaff();
      void Taro.reLaunch({ url: ROUTES.home });
    });
  }, []);
}

function App({ children }: PropsWithChildren) {
  useKioskSignOut();
  return children;
}

export default App;
