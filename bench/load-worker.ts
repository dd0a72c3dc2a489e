// The API side's load generator, on its own thread: the HTTP clients of the benchmark are other machines in
// real life, so they must not take turns with the server on its one event loop. Started once by
// bench/transitions.ts (LoadGenerator) and kept for the whole run, with its connections and its optimised
// code: each job's shipments arrive first (`load`, answered `loaded`), then `go` runs their chains and
// posts what was measured; `close` lets the connections go and ends the thread.
import { parentPort, workerData } from 'node:worker_threads';
import { runChains, type Prepared } from './api-chain';
import { HttpClient } from './http-client';
import { threadCpuMs } from './stats';

export interface LoadSetup {
  port: number;
  token: string;
  concurrency: number;
}

export type LoadMessage = { type: 'load'; shipments: Prepared[] } | { type: 'go' } | { type: 'close' };

export interface LoadResult {
  /** CPU time of this thread while the chains ran (NaN off Linux). */
  cpuMs: number;
  attempted: number;
  latenciesMs: number[];
  failures: { count: number; samples: string[] };
}

const port = parentPort;
if (!port) throw new Error('bench/load-worker.ts runs as a worker thread of bench/transitions.ts');
const setup = workerData as LoadSetup;
const http = new HttpClient('127.0.0.1', setup.port, setup.concurrency);
let shipments: Prepared[] = [];

async function go(): Promise<LoadResult> {
  const cpuAtStart = threadCpuMs();
  const run = await runChains(shipments, setup.concurrency, (step, s) =>
    http.post(step.path(s), step.body(s), setup.token),
  );
  const cpuNow = threadCpuMs();
  return {
    cpuMs: cpuAtStart !== undefined && cpuNow !== undefined ? cpuNow - cpuAtStart : Number.NaN,
    attempted: run.attempted,
    latenciesMs: run.latenciesMs,
    failures: { count: run.failures.count, samples: run.failures.samples },
  };
}

port.on('message', (message: LoadMessage) => {
  switch (message.type) {
    case 'load':
      shipments = message.shipments;
      port.postMessage('loaded');
      break;
    case 'go':
      void go().then((result) => port.postMessage(result));
      break;
    case 'close':
      void http.close().finally(() => port.close());
      break;
  }
});
port.postMessage('ready');
