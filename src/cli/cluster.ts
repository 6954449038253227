import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_BASE_PORT, MAX_SERVERS, startCluster, stopClusterIn, type LocalCluster } from '../cluster/cluster';
import { ClusterError, EXIT } from '../cluster/processes';

const USAGE = `npm run cluster [-- --servers 2 --base-port ${DEFAULT_BASE_PORT} --dir .cluster]
    starts PostgreSQL (primary + 2 streaming replicas), a Redis Cluster (3 masters + 3 replicas), the API servers
    and HAProxy on 127.0.0.1, in the foreground (1 to ${MAX_SERVERS} API servers); Ctrl-C stops everything
npm run cluster -- stop [--dir .cluster]
    stops a cluster left running from that folder`;

/** `npm run cluster`: the whole topology of a deployment on this machine (src/cluster/cluster.ts). */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      servers: { type: 'string' },
      'base-port': { type: 'string' },
      dir: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const dir = path.resolve(values.dir ?? process.env.CLUSTER_DIR ?? '.cluster');
  if (positionals[0] === 'stop') {
    const n = await stopClusterIn(dir);
    console.log(n ? `Stopped ${n} processes of the cluster in ${dir}.` : `Nothing of a cluster runs from ${dir}.`);
    return;
  }
  if (positionals.length) throw new ClusterError(`unknown command "${positionals[0]}"; usage:\n${USAGE}`, EXIT.USAGE);
  const number = (v: string | undefined, name: string, dflt: number) => {
    if (v === undefined) return dflt;
    if (!/^\d+$/.test(v)) throw new ClusterError(`--${name} is a number, not "${v}"; usage:\n${USAGE}`, EXIT.USAGE);
    return Number(v);
  };

  const began = Date.now();
  let cluster: LocalCluster | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the balancer, the API servers, Redis, then PostgreSQL…`);
    await cluster?.stop();
    console.log('Stopped; nothing of the cluster runs any more.');
    process.exit(0);
  };
  // A signal while starting is handled once the start has finished or failed (which stops what started).
  process.on('SIGINT', () => void (cluster ? stop('SIGINT') : (stopping = true)));
  process.on('SIGTERM', () => void (cluster ? stop('SIGTERM') : (stopping = true)));

  cluster = await startCluster({
    dir,
    servers: number(values.servers, 'servers', 2),
    basePort: number(values['base-port'], 'base-port', DEFAULT_BASE_PORT),
    detached: true,
    log: (line) => console.log(`${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s  ${line}`),
  });
  if (stopping) {
    stopping = false;
    await stop('signal');
    return;
  }
  console.log(`\n${cluster.describe()}\n\nThe cluster runs: use ${cluster.url}. Ctrl-C stops it.`);
  for (const s of cluster.servers)
    void waitForExit(s.pid()).then(() => {
      if (!stopping) console.log(`${s.name} (${s.url}) has stopped; HAProxy sends its requests to the others.`);
    });
}

/** Resolves when the process is gone (polled: it is not a child this function can wait on). */
async function waitForExit(pid: number | null): Promise<void> {
  if (pid === null) return;
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

main().catch((err) => {
  console.error(`npm run cluster: ${(err as Error).message}`);
  process.exit(err instanceof ClusterError ? err.exitCode : 1);
});
