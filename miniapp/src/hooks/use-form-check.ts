import { useState } from 'react';

/** The line above a form's button while any of its fields is still wrong. */
export const MEND_THE_FORM = '有几处要改一改，请看每一项下面的说明。';

/**
 * A staff form's own rules, said from the first tap of its button on: before that tap nothing is
 * marked; afterwards every field still wrong says what is missing beside it, and the message goes as
 * soon as the field is filled. `check` reads the form as it is now (mistakes per field, and what to
 * send when there are none); `tap` is called by the button and gives what to send, or null.
 * `summary`, when given, is `problem` (the line above the button) while anything is still wrong.
 */
export function useFormCheck<Errors extends object, Input>(check: () => { errors: Errors; input: Input | null }, summary?: string) {
  const [tapped, setTapped] = useState(false);
  const checked = tapped ? check() : null;
  const errors: Partial<Errors> = checked?.errors ?? {};
  const problem = checked && !checked.input ? (summary ?? '') : '';
  const tap = (): Input | null => {
    setTapped(true);
    return check().input;
  };
  /** A fresh form (another document read in): nothing marked until its button is tapped. */
  const reset = () => setTapped(false);
  return { errors, problem, tap, reset };
}
