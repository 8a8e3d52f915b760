import type { PropsWithChildren } from 'react';
import { watchPrivacyRequests } from './platform/privacy';
import './app.scss';

// weapp: WeChat asks the app for its privacy pop-up before the first protected call.
watchPrivacyRequests();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
