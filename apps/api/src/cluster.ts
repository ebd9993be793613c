/**
 * Runs the API in several processes on one machine (Node's cluster module: the primary accepts connections
 * and hands them to the workers in turn). Nothing is kept in process memory between requests — sessions are
 * JWTs plus refresh rows in PostgreSQL, rate-limit counters are in Redis — so any process can answer any
 * request. `API_PROCESSES` (default: one per core) sets the count; a process that dies is replaced.
 * Production with a container orchestrator runs one process per container instead and scales containers.
 */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { loadConfig } from './common/config/app-config';

if (cluster.isPrimary) {
  // Validated once here too, so a bad setting stops the primary instead of every worker in turn.
  let wanted: number;
  try {
    wanted = loadConfig().API_PROCESSES ?? availableParallelism();
  } catch (err) {
    process.stderr.write(`API failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
  let stopping = false;
  const restarts: number[] = [];
  for (let i = 0; i < wanted; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // Replace a crashed process, but not in a tight loop: more than 5 crashes a minute means a real problem.
    const now = Date.now();
    restarts.push(now);
    while (restarts.length && restarts[0]! < now - 60_000) restarts.shift();
    if (restarts.length > 5) {
      process.stderr.write(`API process ${worker.process.pid} exited (${signal ?? code}); too many crashes, giving up\n`);
      process.exit(1);
    }
    process.stderr.write(`API process ${worker.process.pid} exited (${signal ?? code}); starting another\n`);
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals): void => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} else {
  require('./main');
}
