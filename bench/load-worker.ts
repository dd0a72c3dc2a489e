// The API phase's load generator, on its own thread: the HTTP clients of the benchmark are other machines in
// real life, so they must not take turns with the server on its one event loop. Started by
// bench/transitions.ts; it says `ready`, waits for `go`, runs the chains and posts what it measured.
import { parentPort, workerData } from 'node:worker_threads';
import { runChains, type Prepared } from './api-chain';
import { HttpClient } from './http-client';

export interface LoadJob {
  port: number;
  token: string;
  shipments: Prepared[];
  concurrency: number;
}

export interface LoadResult {
  attempted: number;
  latenciesMs: number[];
  failures: { count: number; samples: string[] };
}

const port = parentPort;
if (!port) throw new Error('bench/load-worker.ts runs as a worker thread of bench/transitions.ts');
const job = workerData as LoadJob;
const http = new HttpClient('127.0.0.1', job.port, job.concurrency);

port.once('message', () => {
  runChains(job.shipments, job.concurrency, (step, s) => http.post(step.path(s), step.body(s), job.token))
    .then((run) => {
      const result: LoadResult = {
        attempted: run.attempted,
        latenciesMs: run.latenciesMs,
        failures: { count: run.failures.count, samples: run.failures.samples },
      };
      http.close();
      port.postMessage(result);
    })
    .catch((error: unknown) => {
      http.close();
      throw error;
    });
});
port.postMessage('ready');
