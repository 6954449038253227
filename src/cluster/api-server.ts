import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ClusterError, EXIT, tail } from './processes';

/** The built server (`npm run build`), from the repository's root. */
export function serverScript(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const script = path.join(dir, 'dist', 'src', 'server.js');
  if (!fs.existsSync(script))
    throw new ClusterError(`${script} is missing: run npm run build first`, EXIT.MISSING_BINARY);
  return script;
}

export interface ApiServer {
  name: string;
  port: number;
  url: string;
  pid(): number | null;
  /** Starts the process (again) and waits until `/readyz` answers 200. */
  start(): Promise<void>;
  /** SIGKILL, as a crash would; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGSTOP: the process holds its connections but answers nothing (a hung server). */
  freeze(): void;
  /** SIGTERM: requests in flight finish, then the process exits. */
  stop(): Promise<void>;
}

export interface ApiServerOptions {
  name: string;
  port: number;
  /** The server's settings (DATABASE_URL, …), added to this process's environment. */
  env: Record<string, string>;
  /** Where its log goes (`<name>.log`). */
  dir: string;
  detached?: boolean;
  /** How long to wait for readiness (first start migrates and loads the demo data). */
  readyTimeoutMs?: number;
}

/** One API server, `node dist/src/server.js`, on a loopback port, its output in a log file. */
export function apiServer(opts: ApiServerOptions): ApiServer {
  const script = serverScript();
  const logFile = path.join(opts.dir, `${opts.name}.log`);
  const url = `http://127.0.0.1:${opts.port}`;
  let proc: ChildProcess | null = null;
  const running = () => !!proc && proc.exitCode === null && proc.signalCode === null;
  const signal = async (sig: NodeJS.Signals) => {
    const p = proc;
    if (!p || !running()) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill(sig);
    await exited;
  };
  return {
    name: opts.name,
    port: opts.port,
    url,
    pid: () => (running() ? proc!.pid! : null),
    async start() {
      if (running()) return;
      const log = fs.openSync(logFile, 'a');
      const p = spawn(process.execPath, [script], {
        env: { ...process.env, ...opts.env, PORT: String(opts.port), HOST: '127.0.0.1' },
        stdio: ['ignore', log, log],
        detached: opts.detached ?? false,
      });
      fs.closeSync(log);
      proc = p;
      let exited = false;
      p.once('exit', () => (exited = true));
      const deadline = Date.now() + (opts.readyTimeoutMs ?? 300_000);
      for (;;) {
        if (exited)
          throw new ClusterError(`${opts.name} exited while starting; its log (${logFile}):\n${tail(logFile)}`, 1);
        const ready = await fetch(`${url}/readyz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (ready) return;
        if (Date.now() > deadline) {
          p.kill('SIGKILL');
          throw new ClusterError(
            `${opts.name} was not ready on ${url} in time; its log (${logFile}):\n${tail(logFile)}`,
            1,
          );
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    kill: () => signal('SIGKILL'),
    freeze() {
      if (running()) proc!.kill('SIGSTOP');
    },
    stop: () => signal('SIGTERM'),
  };
}
