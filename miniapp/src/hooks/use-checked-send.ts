import { useState } from 'react';
import { mendTheForm } from './use-form-check';
import { useLiveSession } from './use-live-session';
import { useSubmit } from './use-submit';

/**
 * A resident's form sent once: its rules are checked first (each mistake said beside its field, and
 * one line above the button), then signing in is asked for when needed (what was typed stays), then
 * `send` runs once however often the button is tapped; after a success the button stays busy while
 * the page moves on.
 */
export function useCheckedSend<Form, Errors extends object, Input>(check: (form: Form) => { errors: Errors; input: Input | null }, send: (input: Input) => Promise<unknown>) {
  const signedIn = Boolean(useLiveSession().session);
  const [errors, setErrors] = useState<Errors>({} as Errors);
  const [problem, setProblem] = useState('');
  const [askSignIn, setAskSignIn] = useState(false);
  const submit = useSubmit(true);
  const go = (form: Form) => {
    const checked = check(form);
    setErrors(checked.errors);
    setProblem(checked.input ? '' : mendTheForm(checked.errors));
    const input = checked.input;
    if (!input) return;
    if (!signedIn) return setAskSignIn(true);
    submit.run(() => send(input));
  };
  return { errors, problem: problem || (submit.error ? `没能提交：${submit.error.message}` : ''), signInNeeded: askSignIn && !signedIn, busy: submit.busy, go };
}
