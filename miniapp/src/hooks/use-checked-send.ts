import { useState } from 'react';
import { useFormCheck } from './use-form-check';
import { useLiveSession } from './use-live-session';
import { useSubmit } from './use-submit';

/**
 * A resident's form sent once: its rules are checked from the first tap on (each mistake said beside
 * its field until it is put right, and how many are left in one line above the button), then signing
 * in is asked for when needed (what was typed stays), then `send` runs once however often the button
 * is tapped; after a success the button stays busy while the page moves on. `reset` starts again
 * where the page offers another (再提一条): nothing marked, the button free.
 */
export function useCheckedSend<Errors extends object, Input>(check: () => { errors: Errors; input: Input | null }, send: (input: Input) => Promise<unknown>) {
  const signedIn = Boolean(useLiveSession().session);
  const rules = useFormCheck(check, true);
  const [askSignIn, setAskSignIn] = useState(false);
  const submit = useSubmit(true);
  const go = () => {
    const input = rules.tap();
    if (!input) return;
    if (!signedIn) return setAskSignIn(true);
    submit.run(() => send(input));
  };
  const reset = () => {
    rules.reset();
    setAskSignIn(false);
    submit.reset();
  };
  return { errors: rules.errors, problem: rules.problem || (submit.error ? `没能提交：${submit.error.message}` : ''), signInNeeded: askSignIn && !signedIn, busy: submit.busy, go, reset };
}
