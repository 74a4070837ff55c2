// Creates are not idempotent: a team, a user or a connection posted twice
// may exist twice. After a failure that Sigma may have carried out anyway
// (a 5xx, a dropped connection: SigmaApiError.retryable), look for the object
// before posting again, in this attempt and in any later one of the run (the
// executor retries a retryable change by calling execute again).

import { SigmaApiError } from './errors.js';

export class UncertainCreates {
  private readonly keys = new Set<string>();

  async create<T>(key: string, find: () => Promise<T | undefined>, post: () => Promise<T>, learn: (created: T) => void): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      if (this.keys.has(key)) {
        const existing = await find();
        if (existing !== undefined) {
          this.keys.delete(key);
          learn(existing);
          return;
        }
      }
      try {
        learn(await post());
        this.keys.delete(key);
        return;
      } catch (error) {
        if (!(error instanceof SigmaApiError && error.retryable)) throw error;
        this.keys.add(key);
        if (attempt >= 3) throw error;
      }
    }
  }
}
