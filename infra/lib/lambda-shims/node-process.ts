// Replaces `node:process` in the Lambda bundle (infra/lib/lambda-bundle.ts): the global `process` is
// the same object. Importing the module as an ES module makes Node build its namespace from every
// property of `process`, getters included: `process.report` (which loads Node's diagnostic report
// code) and `process.stdin`/`stdout`/`stderr` (their streams), none of which anything here asks for
// (~10 M instructions, 1.4% of a cold start, decision 028). The AWS SDK's user agent reads `env` and
// `versions`; an import of another name stops the bundle ("No matching export"): add it here.
export const { env, versions } = process;
