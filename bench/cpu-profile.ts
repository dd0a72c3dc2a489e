import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

/**
 * A V8 CPU profile of this process around `run` (open the .cpuprofile in Chrome DevTools or VS Code).
 * Profiles only the part asked for, unlike `node --cpu-prof`, which takes the whole run with its setup.
 */
export async function withCpuProfile<T>(file: string | undefined, run: () => Promise<T>): Promise<T> {
  if (!file) return run();
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    console.log(`cpu profile of the timed API phase written to ${file}`);
  }
}
