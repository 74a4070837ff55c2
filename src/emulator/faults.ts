// Fault injection: what a client meets in production and must survive —
// throttling as 429 with Retry-After or as an HTML page ([skills]: Sigma's
// edge answers too-fast clients with an HTML challenge page, not JSON), 5xx,
// dropped connections, slow responses, a token that expires mid-run.
//
// Rules come from the seed (`faults:`) or from PUT /__emulator/faults. Each
// rule matches requests (method, path), lets `after` of them through, then
// fires with probability `rate` at most `count` times. A seeded generator
// draws only for rules whose rate is below 1, so the same seed and the same
// request order give the same faults; concurrent clients make the order, and
// so the outcome, vary.

export const FAULT_KINDS = ['throttle', 'html-throttle', 'error', 'drop', 'latency', 'expire-token'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  readonly kind: FaultKind;
  /** Probability (0..1) that a matching request is hit; default 1. */
  readonly rate?: number;
  /** Matching requests let through before the rule may fire; default 0. */
  readonly after?: number;
  /** How many times the rule fires at most; default unlimited. */
  readonly count?: number;
  readonly match?: { readonly method?: string; readonly path?: string };
  /** html-throttle: 200, 429 or 503 (default 429); error: 500, 502, 503 or 504 (default 500). */
  readonly status?: number;
  /** throttle (default 1) and html-throttle: the Retry-After header, in seconds. */
  readonly retryAfterSeconds?: number;
  /** latency: milliseconds added before the request is handled. */
  readonly ms?: number;
}

export interface FaultConfig {
  readonly seed?: number;
  readonly rules: readonly FaultRule[];
}

export type FaultDecision =
  | { readonly kind: 'throttle'; readonly retryAfterSeconds: number }
  | { readonly kind: 'html-throttle'; readonly status: number; readonly retryAfterSeconds: number | undefined }
  | { readonly kind: 'error'; readonly status: 500 | 502 | 503 | 504 }
  | { readonly kind: 'drop' }
  | { readonly kind: 'expire-token' };

/** JSON Schema of a fault configuration (seed `faults:` and PUT /__emulator/faults). */
export const FAULT_CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['rules'],
  properties: {
    seed: { type: 'integer' },
    rules: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind'],
        properties: {
          kind: { enum: [...FAULT_KINDS] },
          rate: { type: 'number', minimum: 0, maximum: 1 },
          after: { type: 'integer', minimum: 0 },
          count: { type: 'integer', minimum: 0 },
          match: {
            type: 'object',
            additionalProperties: false,
            properties: { method: { type: 'string' }, path: { type: 'string', minLength: 1 } },
          },
          status: { enum: [200, 429, 500, 502, 503, 504] },
          retryAfterSeconds: { type: 'integer', minimum: 0 },
          ms: { type: 'integer', minimum: 0, maximum: 60000 },
        },
        allOf: [
          { if: { properties: { kind: { const: 'html-throttle' } } }, then: { properties: { status: { enum: [200, 429, 503] } } } },
          { if: { properties: { kind: { const: 'error' } } }, then: { properties: { status: { enum: [500, 502, 503, 504] } } } },
          { if: { properties: { kind: { const: 'latency' } } }, then: { required: ['ms'] } },
        ],
      },
    },
  },
} as const;

interface RuleState {
  readonly rule: FaultRule;
  seen: number;
  fired: number;
}

export class Faults {
  private states: RuleState[] = [];
  private current: FaultConfig = { rules: [] };
  private random: () => number = Math.random;

  constructor(config?: FaultConfig) {
    this.set(config ?? { rules: [] });
  }

  set(config: FaultConfig): void {
    this.current = config;
    this.states = config.rules.map((rule) => ({ rule, seen: 0, fired: 0 }));
    this.random = config.seed === undefined ? Math.random : mulberry32(config.seed);
  }

  config(): FaultConfig {
    return this.current;
  }

  /** Each rule with how often it matched and fired, for the control endpoint. */
  status(): Array<FaultRule & { matched: number; fired: number }> {
    return this.states.map((state) => ({ ...state.rule, matched: state.seen, fired: state.fired }));
  }

  /** Milliseconds to wait before handling the request (every latency rule that fires adds up). */
  latency(method: string, path: string, template: string | undefined): number {
    let total = 0;
    for (const state of this.states) {
      if (state.rule.kind === 'latency' && this.fires(state, method, path, template)) total += state.rule.ms ?? 0;
    }
    return total;
  }

  /** The first non-latency rule that fires for this request, if any. */
  decide(method: string, path: string, template: string | undefined): FaultDecision | undefined {
    for (const state of this.states) {
      if (state.rule.kind === 'latency' || !this.fires(state, method, path, template)) continue;
      return decision(state.rule);
    }
    return undefined;
  }

  private fires(state: RuleState, method: string, path: string, template: string | undefined): boolean {
    const { rule } = state;
    if (!matches(rule, method, path, template)) return false;
    state.seen += 1;
    if (state.seen <= (rule.after ?? 0)) return false;
    if (rule.count !== undefined && state.fired >= rule.count) return false;
    const rate = rule.rate ?? 1;
    if (rate < 1 && this.random() >= rate) return false;
    state.fired += 1;
    return true;
  }
}

function decision(rule: FaultRule): FaultDecision {
  switch (rule.kind) {
    case 'throttle':
      return { kind: 'throttle', retryAfterSeconds: rule.retryAfterSeconds ?? 1 };
    case 'html-throttle':
      return { kind: 'html-throttle', status: rule.status ?? 429, retryAfterSeconds: rule.retryAfterSeconds };
    case 'error': {
      const status = rule.status === 502 || rule.status === 503 || rule.status === 504 ? rule.status : 500;
      return { kind: 'error', status };
    }
    case 'drop':
      return { kind: 'drop' };
    case 'expire-token':
      return { kind: 'expire-token' };
    case 'latency':
      throw new Error('latency is not a decision');
  }
}

/** `path` is a concrete path, a contract template (`/v2/teams/{teamId}`), or a prefix ending in `*`. */
function matches(rule: FaultRule, method: string, path: string, template: string | undefined): boolean {
  const match = rule.match;
  if (!match) return true;
  if (match.method !== undefined && match.method.toUpperCase() !== method) return false;
  if (match.path === undefined) return true;
  if (match.path.endsWith('*')) return path.startsWith(match.path.slice(0, -1));
  return match.path === path || match.path === template;
}

/** A small seeded generator (mulberry32): deterministic, good enough to pick faults. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
