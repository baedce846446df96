// Runs the built CLI (dist/cli/main.js) as a process, the way a publisher would.
// Build first: npx tsc -p tsconfig.json && npx tsc -p tsconfig.cli.json
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/cli');
const MAIN = join(ROOT, 'dist/cli/main.js');

/** Synchronous run: {status, stdout, stderr}. */
export function cli(args, {env = {}} = {}) {
  const result = spawnSync(process.execPath, [MAIN, ...args], {cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: {...process.env, ...env}});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** Asynchronous run, for tests that serve HTTP from the same process. */
export function cliAsync(args, {env = {}} = {}) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [MAIN, ...args], {cwd: ROOT, env: {...process.env, ...env}});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => done({status, stdout, stderr}));
  });
}

export const fixture = (...parts) => join(FIXTURES, ...parts);
export const tempDir = () => mkdtempSync(join(tmpdir(), 'leiden-cli-'));
