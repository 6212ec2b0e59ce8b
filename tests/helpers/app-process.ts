import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import request from 'supertest';
import { ROOT } from './database';

export interface AppProcess {
  pid: number;
  port: number;
  http(): ReturnType<typeof request>;
  /** Everything the process printed so far (for a failing test's message). */
  output(): string;
  /** Kills it at once (SIGKILL: no shutdown hooks, as in a crash or an OOM kill). */
  crash(): Promise<void>;
  /** Stops it the way an orchestrator does (SIGTERM: Strapi's destroy runs). */
  stop(): Promise<void>;
}

/**
 * Starts the compiled app (dist/) in a child process with `env` on top of this process's environment
 * (tests/helpers/app-process-main.js) and resolves once it listens.
 */
export function startAppProcess(env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<AppProcess> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'app-process-main.js')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', ...Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v ?? ''])) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let listening = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the app process did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!listening) reject(new Error(`the app process exited (${code}) before listening:\n${output}`));
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const port = /LISTENING (\d+)/.exec(output)?.[1];
      if (!port || listening) return;
      listening = true;
      clearTimeout(timer);
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        pid: child.pid!,
        port: Number(port),
        http: () => request(origin),
        output: () => output,
        async crash() {
          child.kill('SIGKILL');
          await exited;
        },
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
