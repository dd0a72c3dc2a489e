import pg from 'pg';

/** One statement as the app sent it: its text and the values bound to it. */
export interface CapturedStatement {
  text: string;
  values: unknown[];
}

type Submit = (this: { text?: unknown; values?: unknown }, ...args: unknown[]) => unknown;

/**
 * Records the statements this process sends through `pg` while `capture` runs (TypeORM uses the same `pg`,
 * so every query the app makes is seen, prepared ones included). Only meaningful with one request in
 * flight at a time: the benchmark captures one request, then replays its statements under EXPLAIN.
 */
export class SqlCapture {
  private recording: CapturedStatement[] | undefined;
  private readonly original: Submit;

  constructor() {
    const proto = (pg as unknown as { Query: { prototype: { submit: Submit } } }).Query.prototype;
    this.original = proto.submit;
    const original = this.original;
    const record = (query: { text?: unknown; values?: unknown }) => {
      if (this.recording && typeof query.text === 'string') {
        this.recording.push({
          text: query.text,
          values: Array.isArray(query.values) ? [...query.values] : [],
        });
      }
    };
    proto.submit = function (this: { text?: unknown; values?: unknown }, ...args: unknown[]) {
      record(this);
      return original.apply(this, args);
    };
  }

  async capture<T>(run: () => Promise<T>): Promise<{ result: T; statements: CapturedStatement[] }> {
    const statements: CapturedStatement[] = [];
    this.recording = statements;
    try {
      return { result: await run(), statements };
    } finally {
      this.recording = undefined;
    }
  }

  restore(): void {
    (pg as unknown as { Query: { prototype: { submit: Submit } } }).Query.prototype.submit = this.original;
  }
}
