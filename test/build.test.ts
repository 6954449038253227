import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm start` (and every script that runs the server or a command) builds first: it compiles only what
 * changed since the last build, and nothing when the build is current, so that it starts in seconds.
 * Tried on a copy of the checkout's sources, so that the build the other tests run is never touched.
 */
const run = promisify(execFile);
const root = path.join(__dirname, '..');
let copy: string;

/** Path → modification time of every file under dist/. */
function outputs(dir: string): Map<string, number> {
  const times = new Map<string, number>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else times.set(path.relative(dir, p), fs.statSync(p).mtimeMs);
    }
  };
  walk(path.join(dir, 'dist'));
  return times;
}

const build = (dir: string) => run('npm', ['run', 'build', '--silent'], { cwd: dir });

beforeAll(async () => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'trace-build-'));
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root });
  for (const file of stdout.split('\0').filter(Boolean)) {
    if (!fs.existsSync(path.join(root, file))) continue;
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(copy, file));
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
});

afterAll(() => {
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

describe('npm run build', () => {
  it('builds everything the first time (a fresh clone), keeping what it knows of it inside dist/', async () => {
    await build(copy);
    expect(fs.existsSync(path.join(copy, 'dist/src/server.js'))).toBe(true);
    // Deleting dist/ deletes this too, and the next build is a whole one again.
    expect(fs.existsSync(path.join(copy, 'dist/tsconfig.build.tsbuildinfo'))).toBe(true);
  }, 180_000);

  it('writes nothing when the build is current', async () => {
    const before = outputs(copy);
    await build(copy);
    expect(outputs(copy)).toEqual(before);
  }, 60_000);

  it('compiles a changed source again, and only what it affects', async () => {
    const before = outputs(copy);
    // A command's entry point: nothing imports it.
    fs.appendFileSync(path.join(copy, 'src/cli/emit-schema.ts'), '\n// build probe\n');
    await build(copy);
    const after = outputs(copy);
    expect(fs.readFileSync(path.join(copy, 'dist/src/cli/emit-schema.js'), 'utf8')).toContain('build probe');
    const rewritten = [...after.keys()].filter((f) => after.get(f) !== before.get(f));
    expect(rewritten.sort()).toEqual([
      'dist/src/cli/emit-schema.js',
      'dist/src/cli/emit-schema.js.map',
      'dist/tsconfig.build.tsbuildinfo',
    ]);
  }, 120_000);
});
