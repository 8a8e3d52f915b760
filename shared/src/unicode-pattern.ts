/**
 * A regular expression with Unicode property escapes (`\p{Script=Han}`, `\p{Cf}`), built the first
 * time it is used: `const HAN = unicodePattern(String.raw`^\p{Script=Han}+$`); … HAN().test(text)`.
 *
 * V8 builds the character set of each `\p{…}` from ICU's tables whenever it parses the pattern, and
 * it parses a literal `/…/u` when it reads the source (to check it), wherever the literal stands,
 * and again when the literal is created: ~1.5 M instructions a pattern at every Lambda cold start,
 * used or not (decision 028). A pattern made from a string is parsed only when it is built, so one
 * built on first use costs nothing until a request needs it. Other patterns stay literals.
 */
export function unicodePattern(source: string, flags = 'u'): () => RegExp {
  let built: RegExp | undefined;
  return () => (built ??= new RegExp(source, flags));
}
