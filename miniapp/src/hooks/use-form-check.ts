import { useState } from 'react';

/** Mistakes said beside fields, however deep the form keeps them (a milestone's, a figure's). */
function mistakesIn(errors: unknown): number {
  if (typeof errors === 'string') return errors ? 1 : 0;
  return errors && typeof errors === 'object' ? Object.values(errors).reduce((sum: number, inner) => sum + mistakesIn(inner), 0) : 0;
}

/** The line above a form's button while fields are still wrong: how many, so one slip is not called several. */
export function mendTheForm(errors: object): string {
  const count = mistakesIn(errors);
  if (count === 1) return '还有 1 处要改，请看那一项下面的说明。';
  return count > 1 ? `还有 ${count} 处要改，请看每一项下面的说明。` : '有要改的地方，请看每一项下面的说明。';
}

/**
 * A staff form's own rules, said from the first tap of its button on: before that tap nothing is
 * marked; afterwards every field still wrong says what is missing beside it, and the message goes as
 * soon as the field is filled. `check` reads the form as it is now (mistakes per field, and what to
 * send when there are none); `tap` is called by the button and gives what to send, or null.
 * With `summarise`, `problem` (the line above the button) counts what is still wrong.
 */
export function useFormCheck<Errors extends object, Input>(check: () => { errors: Errors; input: Input | null }, summarise = false) {
  const [tapped, setTapped] = useState(false);
  const checked = tapped ? check() : null;
  const errors: Partial<Errors> = checked?.errors ?? {};
  const problem = summarise && checked && !checked.input ? mendTheForm(checked.errors) : '';
  const tap = (): Input | null => {
    setTapped(true);
    return check().input;
  };
  /** A fresh form (another document read in): nothing marked until its button is tapped. */
  const reset = () => setTapped(false);
  return { errors, problem, tap, reset };
}
