// Run as its own process by old-ios.ts: WeChat's upload compiler (miniprogram-ci getCompiledResult)
// over a build, offline, writing the JavaScript it produces to a JSON file. A process of its own
// because miniprogram-ci leaves its compiler processes running; old-ios.ts ends the whole group.
import { writeFileSync } from 'node:fs';
import { Project, getCompiledResult, proxy } from 'miniprogram-ci';

async function main(dist: string, out: string) {
  // It asks WeChat for a list of file types on the way (and carries on without): send that to a
  // closed local port, so nothing reaches for another machine.
  proxy('http://127.0.0.1:9');
  const project = new Project({ appid: 'wx0123456789abcdef', type: 'miniProgram', projectPath: dist, privateKey: 'offline: nothing is uploaded', ignores: ['**/*.map', '**/*.LICENSE.txt'] });
  // The project's attributes, given instead of fetched from WeChat.
  Object.assign(project, { attr: async () => ({ setting: { MaxCodeSize: 2, MaxSubpackageSubCodeSize: 2, MaxSubpackageFullCodeSize: 30 } }) });
  const result = await getCompiledResult({ project, version: '0.0.0', setting: { es6: true, es7: true, minify: false }, onProgressUpdate: () => undefined });
  const js = Object.fromEntries(Object.entries(result).filter(([file]) => file.endsWith('.js')).map(([file, code]) => [file, String(code)]));
  writeFileSync(out, JSON.stringify(js));
}

main(process.argv[2]!, process.argv[3]!).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
