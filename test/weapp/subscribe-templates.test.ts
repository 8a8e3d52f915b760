import { NOTIFICATIONS } from '../../api/src/app';
import { SUITE_TEMPLATE_IDS } from './support/build';
import { builtFiles } from './support/built-files';
import { suiteDist } from './support/suite';

// WeChat delivers a subscribe message only for a template the resident allowed from the mini-program
// (errcode 43101 otherwise). The suite's build is made with an id for every template the server can
// send; an id that appears nowhere in the built JavaScript is one the mini-app never asks for.

/**
 * Templates the server sends but no page asks for yet (a page asks with askForMessages,
 * miniapp/src/platform/messages.ts, once the name is in ASKED_TEMPLATES). Not a skip: the test fails
 * when this list is wrong either way, so a page that starts asking must take its template off the list.
 */
const NOT_ASKED_YET: string[] = [];

it('asks residents for every subscribe template the server can send (known gaps listed)', () => {
  const code = Object.values(builtFiles(suiteDist(), '.js')).join('\n');
  const neverAsked = Object.keys(NOTIFICATIONS).filter((name) => !code.includes(SUITE_TEMPLATE_IDS[name]!));
  expect(neverAsked.sort()).toEqual(NOT_ASKED_YET);
});
