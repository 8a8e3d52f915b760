// npm run import -- [--dry-run] [--json] FILE...   (FILE: .txt, .docx, .pdf or a saved .html page)
import { createAuditLog } from '../../core/audit';
import { configFromEnv } from '../../core/config';
import { connectLocalStore } from '../../local/local-store';
import { createPolicyStore } from '../policy-store';
import { importPolicyFiles, readPolicyFile } from './import-files';

const USAGE = 'usage: npm run import -- [--dry-run] [--json] FILE...';

async function main(args: string[]): Promise<number> {
  const dryRun = args.includes('--dry-run');
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--dry-run' && a !== '--json');
  const files = args.filter((a) => !a.startsWith('--'));
  if (unknown.length > 0 || files.length === 0) {
    console.error(unknown.length > 0 ? `unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
    return 2;
  }

  if (dryRun) {
    const results = await Promise.all(files.map(readPolicyFile));
    for (const result of results) {
      if (!result.ok) console.error(`${result.file}: cannot import: ${result.problems.join('; ')}`);
      else for (const warning of result.warnings) console.error(`${result.file}: ${warning}`);
    }
    const parsed = results.flatMap((r) => (r.ok ? [{ id: r.id, ...r.draft, format: r.format, provenance: r.provenance, notes: r.notes, warnings: r.warnings }] : []));
    if (json) console.log(JSON.stringify(parsed, null, 2));
    else for (const policy of parsed) console.log(`${policy.id}  ${policy.title}  (${policy.sections.length} sections, ${policy.tables.length} tables)`);
    return results.every((r) => r.ok) ? 0 : 1;
  }

  const config = configFromEnv();
  const { dynamo, release } = await connectLocalStore(config);
  try {
    // A command-line import is the caller of the stores here: it happens at the machine's time.
    const now = () => new Date();
    const result = await importPolicyFiles(files, createPolicyStore(dynamo, createAuditLog(dynamo, now), now), config.districtOffice);
    if (!result.ok) {
      for (const failure of result.failed) console.error(`${failure.file}: cannot import: ${failure.problems.join('; ')}`);
      console.error('Nothing was stored.');
      return 1;
    }
    for (const item of result.imported) {
      for (const warning of item.warnings) console.error(`${item.file}: ${warning}`);
      const outcome = json ? '' : `${item.outcome}: `;
      console.log(json ? JSON.stringify(item) : `${outcome}${item.title} (${item.id}) from ${item.file}`);
    }
    return 0;
  } finally {
    await release();
  }
}

/**
 * Exits once everything written has left the process: stdout into a pipe is asynchronous, and
 * exiting at once cuts the output at the pipe's buffer (64 KB), mid-JSON for `| jq`. A reader that
 * stops early (`| head -c 100`) closes the pipe: that ends the output, not in an error.
 */
function exitWhenWritten(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(exitWhenWritten, (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  exitWhenWritten(1);
});
