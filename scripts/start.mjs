// `npm start`: install dependencies when node_modules is missing or stale, then run the dev server.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const needsInstall =
  !existsSync('node_modules/.package-lock.json') ||
  statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs;
if (needsInstall) {
  console.log('Installing dependencies (npm ci)…');
  const r = spawnSync('npm', ['ci'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const r = spawnSync('npx', ['vite', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(r.status ?? 0);
