import { Observable, defer, timer, EMPTY } from 'rxjs';
import { catchError, expand, map, retry, share, takeWhile, distinctUntilChanged, switchMap } from 'rxjs/operators';

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed';

export interface JobStatus {
  readonly id: string;
  readonly state: JobState;
  readonly progress: number;
}

const TERMINAL: ReadonlySet<JobState> = new Set<JobState>(['succeeded', 'failed']);

interface PollOptions {
  intervalMs?: number;
  maxIntervalMs?: number;
  factor?: number;
}

/**
 * Poll a job endpoint until it reaches a terminal state, widening the
 * interval geometrically so long-running jobs don't hammer the API.
 */
export function pollJob(
  fetchStatus: (id: string) => Promise<JobStatus>,
  jobId: string,
  { intervalMs = 500, maxIntervalMs = 10_000, factor = 1.5 }: PollOptions = {},
): Observable<JobStatus> {
  type Tick = { status: JobStatus; delay: number };

  const request = (delay: number): Observable<Tick> =>
    defer(() => fetchStatus(jobId)).pipe(
      retry({ count: 3, delay: (_err, attempt) => timer(attempt * 1000) }),
      map((status): Tick => ({ status, delay })),
    );

  return request(intervalMs).pipe(
    expand(({ status, delay }) => {
      if (TERMINAL.has(status.state)) return EMPTY;
      const next = Math.min(delay * factor, maxIntervalMs);
      return timer(next).pipe(switchMap(() => request(next)));
    }),
    map((t) => t.status),
    distinctUntilChanged((a, b) => a.state === b.state && a.progress === b.progress),
    takeWhile((s) => !TERMINAL.has(s.state), true),
    catchError((err: unknown) => {
      console.error('polling aborted', err);
      return EMPTY;
    }),
    share(),
  );
}
