// The emulator's notion of now. Tests move it forward to expire tokens
// without waiting an hour; everything time-dependent reads it from here.

export class Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  iso(): string {
    return new Date(this.now()).toISOString();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
