import { useSyncExternalStore } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Action } from './Action';
import { Heading } from './Heading';
import { answerPrivacyRequest, onPrivacyRequestChange, openPrivacyGuide, PRIVACY_AGREE_BUTTON, privacyRequest } from '../platform/privacy';

/**
 * weapp: the pop-up WeChat asks for before the first protected call (see platform/privacy.ts). It is
 * shown only then, says what the call is for, and lets the resident read the guide, agree or refuse;
 * refusing leaves everything else working.
 */
export function PrivacyPrompt() {
  const request = useSyncExternalStore(onPrivacyRequestChange, privacyRequest, privacyRequest);
  if (!request) return null;
  return (
    <View className="gov-privacy" role="dialog" aria-modal="true" aria-label="隐私保护提示">
      <View className="gov-privacy__card">
        <Heading level={2}>请您先看一下隐私保护指引</Heading>
        <Text className="gov-paragraph">{`为了${request.purpose}，需要您同意《政务公开隐私保护指引》。不同意也没关系，其他功能照常使用。`}</Text>
        <Action kind="link" onClick={openPrivacyGuide}>
          查看隐私保护指引
        </Action>
        <Button
          id={PRIVACY_AGREE_BUTTON}
          className="gov-action gov-action--primary"
          openType="agreePrivacyAuthorization"
          onAgreePrivacyAuthorization={() => answerPrivacyRequest(true)}
          hoverClass="none"
        >
          同意
        </Button>
        <Action kind="plain" onClick={() => answerPrivacyRequest(false)}>
          不同意
        </Action>
      </View>
    </View>
  );
}
