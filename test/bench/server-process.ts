import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Starts the built server on the benchmark database as a child process, so its memory can be read on its own. */
export async function startServer(
  databaseUrl: string,
): Promise<{ base: string; proc: ChildProcess; rssMb: () => number; stop: () => Promise<void> }> {
  const proc = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
      path.join(__dirname, '../../src/server.js'),
    ],
    {
      // A load test is one client far over the per-key and per-address request limits: they are off here.
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: '0',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_KEY: '0',
        RATE_LIMIT_PER_ADDRESS: '0',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  const base = await new Promise<string>((resolve, reject) => {
    proc.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /GraphQL:\s+(http:\/\/[^/\s]+)\/graphql/.exec(out);
      if (m) resolve(m[1]);
    });
    proc.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return {
    base,
    proc,
    rssMb: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        proc.on('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}
