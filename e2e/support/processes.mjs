/**
 * Child processes of the stack (API, worker, web server): started with their output kept in memory, so that a
 * failure can show what the servers said, and stopped by their own pid, never by name.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { config } from './config.mjs';

const OUTPUT_LIMIT = 64 * 1024;
const STOP_GRACE_MS = 10_000;

/** A port the OS just handed out on 127.0.0.1 (released at once, so the server can bind it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `command args` and returns a handle; `env` is added to the inherited environment. */
export function startService(name, command, args, { cwd, env }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...config.baseEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    if (config.verbose) process.stderr.write(`[${name}] ${chunk}`);
    output = (output + chunk).slice(-OUTPUT_LIMIT);
  };
  child.stdout.setEncoding('utf8').on('data', keep);
  child.stderr.setEncoding('utf8').on('data', keep);

  let exitInfo = null;
  let stopping = false;
  const exited = new Promise((resolve) => {
    child.on('error', (err) => {
      exitInfo ??= { code: null, signal: null, error: err };
      resolve(exitInfo);
    });
    child.on('exit', (code, signal) => {
      exitInfo ??= { code, signal, error: null };
      resolve(exitInfo);
    });
  });

  return {
    name,
    pid: child.pid,
    output: () => output,
    /** Exit details if the process has ended, else null. */
    exitInfo: () => exitInfo,
    /** True when the process ended while nobody asked it to: the stack is then broken. */
    crashed: () => exitInfo !== null && !stopping,
    /** Sends `signal` (a fault test's SIGKILL) without counting the death as a crash; resolves on exit. */
    kill(signal) {
      stopping = true;
      if (!exitInfo) child.kill(signal);
      return exited;
    },
    async stop() {
      stopping = true;
      if (exitInfo) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Describes a process's end and its last output lines, for error messages. */
export function describeService(service, lines = 40) {
  const info = service.exitInfo();
  const state = !info
    ? 'still running'
    : info.error
      ? `failed to start: ${info.error.message}`
      : `exited with ${info.signal ?? `code ${info.code}`}`;
  const tail = service.output().trimEnd().split('\n').slice(-lines).join('\n');
  return `--- ${service.name} (pid ${service.pid}, ${state}) ---\n${tail || '(no output)'}`;
}

/**
 * Polls `probe` until it returns true. Gives up when one of `services` dies (no point waiting for it) or after
 * the start-up safety timeout; both errors carry the services' output.
 */
export async function waitUntil(what, probe, services) {
  const deadline = Date.now() + config.startTimeoutMs;
  for (;;) {
    const dead = services.find((s) => s.exitInfo());
    if (dead) throw new Error(`${dead.name} stopped while waiting for ${what}\n${services.map((s) => describeService(s)).join('\n')}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}\n${services.map((s) => describeService(s)).join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
