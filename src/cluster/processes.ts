import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * What the local cluster (`npm run cluster`) and the fault tests share to run the machine's own servers
 * (Debian's PostgreSQL 15, Redis 7, HAProxy) as processes on loopback ports.
 */

export const run = promisify(execFile);

/** A failure to report to the person who started the cluster: a message and the exit code of the command. */
export class ClusterError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Exit codes of `npm run cluster`. */
export const EXIT = { USAGE: 2, MISSING_BINARY: 3, PORT_TAKEN: 4, RUNNING: 5 } as const;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Whether something listens on `port` of 127.0.0.1. */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.once('connect', () => {
      c.destroy();
      resolve(true);
    });
    c.once('error', () => resolve(false));
  });
}

/** Whether this process could listen on `port` of 127.0.0.1. */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

export async function waitFor(check: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup): Debian's newest under /usr/lib/postgresql. */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  if (!versions.length)
    throw new ClusterError(
      'PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup) are not installed under /usr/lib/postgresql: apt-get install postgresql-15',
      EXIT.MISSING_BINARY,
    );
  return path.join(root, versions[versions.length - 1], 'bin');
}

/** The full path of `name` on PATH, or a ClusterError naming the Debian package that provides it. */
export function requireBinary(name: string, debianPackage: string): string {
  for (const dir of (process.env.PATH ?? '/usr/bin:/bin').split(':').concat('/usr/sbin', '/sbin')) {
    const p = path.join(dir, name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // not in this folder
    }
  }
  throw new ClusterError(`${name} is not installed: apt-get install ${debianPackage}`, EXIT.MISSING_BINARY);
}

/** PostgreSQL refuses to run as root: as root, its commands run as user postgres (uid returned), else as this user (null). */
export async function postgresUid(): Promise<number | null> {
  if (process.getuid?.() !== 0) return null;
  return Number((await run('id', ['-u', 'postgres'])).stdout.trim());
}

/** Runs a PostgreSQL binary of `bin`, as user postgres when this process is root. */
export function postgresCommand(bin: string, uid: number | null) {
  return {
    async run(cmd: string, args: string[]) {
      return uid !== null
        ? run('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args])
        : run(path.join(bin, cmd), args);
    },
    runSync(cmd: string, args: string[]) {
      if (uid !== null)
        execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args], { stdio: 'ignore' });
      else execFileSync(path.join(bin, cmd), args, { stdio: 'ignore' });
    },
  };
}

/**
 * Processes started for the cluster in `dir` carry `TRACE_CLUSTER_DIR=<dir>` in their environment, so that
 * `npm run cluster -- stop` finds exactly those (and no other process that happens to share a name) even
 * when the command that started them was killed. Redis rewrites the memory where its environment was (for
 * its process title), so a redis-server (or haproxy) is known instead by its working folder, inside `dir`.
 */
export const MARKER = 'TRACE_CLUSTER_DIR';

export function processesMarked(dir: string): number[] {
  const root = path.resolve(dir);
  const wanted = `${MARKER}=${root}`;
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const env = fs.readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      if (env.includes(wanted)) {
        pids.push(Number(entry));
        continue;
      }
      // The command's name (Debian's redis-server binary is a link to redis-check-rdb).
      const comm = fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      const cwd = fs.readlinkSync(`/proc/${entry}/cwd`);
      if (['redis-server', 'haproxy'].includes(comm) && (cwd === root || cwd.startsWith(`${root}/`)))
        pids.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The last lines of a log file, for an error message. */
export function tail(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
