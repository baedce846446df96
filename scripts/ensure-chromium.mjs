// Makes sure the browser the tests run in exists: $CHROME_PATH, else Debian's /usr/bin/chromium.
// As root on Debian it installs the `chromium` package with apt-get (about 25 s); anywhere else it
// says what to run and exits 1, so `npm test` stops with a clear reason instead of a launcher crash.
import {accessSync, constants, existsSync} from 'node:fs';
import {spawnSync} from 'node:child_process';

const DEFAULT_PATH = '/usr/bin/chromium';
const APT_STEPS = [
  ['apt-get', ['update']],
  ['apt-get', ['install', '-y', 'chromium']],
];
// wait for another apt/dpkg run (e.g. a parallel install) instead of failing on its lock
const LOCK_WAIT = ['-o', 'DPkg::Lock::Timeout=300'];

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const isRoot = () => process.getuid?.() === 0;
const isDebian = () => existsSync('/etc/debian_version');
const aptCommand = () => APT_STEPS.map(([cmd, args]) => [cmd, ...args].join(' ')).join(' && ');

function aptInstall() {
  for (const [cmd, steps] of APT_STEPS) {
    const args = [...steps, ...LOCK_WAIT];
    console.log(`ensure-chromium: running: ${cmd} ${args.join(' ')}`);
    const r = spawnSync(cmd, args, {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}});
    if (r.status !== 0) {
      console.error(`ensure-chromium: \`${cmd} ${args.join(' ')}\` failed (${r.error?.message ?? `exit ${r.status}`})`);
      return false;
    }
  }
  return true;
}

function main() {
  const custom = process.env.CHROME_PATH;
  const path = custom || DEFAULT_PATH;
  if (isExecutable(path)) {
    console.log(`ensure-chromium: using ${path}`);
    return 0;
  }
  // apt can only provide /usr/bin/chromium; a wrong CHROME_PATH is the user's to fix
  if (custom && custom !== DEFAULT_PATH) {
    console.error(`ensure-chromium: CHROME_PATH=${custom} is not an executable file. Fix it, or unset it to use ${DEFAULT_PATH}.`);
    return 1;
  }
  if (!isRoot() || !isDebian()) {
    console.error(`ensure-chromium: ${path} not found. The tests need Debian's Chromium. Install it with:\n` +
      `  sudo sh -c '${aptCommand()}'\n` +
      'or point CHROME_PATH at another Chromium/Chrome binary.');
    return 1;
  }
  console.log(`ensure-chromium: ${path} not found; installing Debian's chromium package (root on Debian)`);
  if (!aptInstall() || !isExecutable(path)) {
    console.error(`ensure-chromium: installation did not provide ${path}. Run \`${aptCommand()}\` by hand and check its output.`);
    return 1;
  }
  console.log(`ensure-chromium: installed ${path}`);
  return 0;
}

process.exitCode = main();
