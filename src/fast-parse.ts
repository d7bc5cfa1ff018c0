/**
 * A fast path for validating the records parseArticle builds: the zod schema compiled once into plain
 * functions that check a value and copy it the way zod's `parse` does (keys in schema order, unknown keys
 * stripped, optional keys kept only when present), without zod's per-field result objects.
 *
 * It only ever says yes for what zod says yes to, with the same data: every check of the schema (lengths,
 * patterns, integer and range checks, refinements) is run through zod's own check functions. When a value
 * fails, or when the schema uses anything this file does not know (defaults, transforms, pipes, unions,
 * coercion, records, catch-all keys), the caller runs zod itself, so errors, messages and unusual schemas
 * behave exactly as before. The equivalence is tested against zod in test/parse/fast-parse.test.ts.
 */
import type { z } from "zod";

/** What this file reads of a zod schema's internals (zod 4: `schema._zod`). */
interface ZodInternals {
  readonly def: {
    readonly type: string;
    readonly checks?: readonly ZodCheck[];
    readonly coerce?: boolean;
    readonly innerType?: ZodLike;
    readonly element?: ZodLike;
    readonly shape?: Readonly<Record<string, ZodLike>>;
    readonly catchall?: ZodLike;
  };
  readonly optin?: "optional" | "defaulted";
  readonly optout?: "optional";
  /** Accepted values of an enum or a literal. */
  readonly values?: ReadonlySet<unknown>;
  /** Names of the classes the schema is made of ("$ZodCheck" when the schema checks itself, like z.email()). */
  readonly traits?: ReadonlySet<string>;
}
interface ZodLike {
  readonly _zod: ZodInternals;
}
interface CheckPayload {
  value: unknown;
  issues: unknown[];
}
interface ZodCheck {
  readonly _zod: {
    readonly def: {
      readonly check: string;
      readonly when?: (payload: CheckPayload) => boolean;
      readonly format?: string;
      readonly value?: unknown;
      readonly inclusive?: boolean;
      readonly fn?: (value: unknown) => unknown;
    };
    readonly check: (payload: CheckPayload) => unknown;
  };
}

const FAIL: unique symbol = Symbol("fail");
type Step = (value: unknown) => unknown; // the parsed value, or FAIL

/**
 * A check zod would pass, as a plain test, for the kinds every span has (checks/number_format "safeint",
 * checks/greater_than, a refinement); null for any other kind, which then runs through zod's own function.
 * Each test is what that zod check computes when it reports no issue.
 */
function nativeCheck(ch: ZodCheck): ((value: unknown) => boolean) | null {
  const def = ch._zod.def;
  if (def.when) return null;
  if (def.check === "number_format" && def.format === "safeint") return (v) => Number.isSafeInteger(v);
  if (def.check === "greater_than" && typeof def.value === "number") {
    const min = def.value;
    return def.inclusive ? (v) => (v as number) >= min : (v) => (v as number) > min;
  }
  if (def.check === "custom" && typeof def.fn === "function") {
    const fn = def.fn;
    return (v) => {
      const r = fn(v);
      return !(r instanceof Promise) && !!r;
    };
  }
  return null;
}

/** The schema's own checks (plain tests where known, else zod's check functions), or null when it has none. */
function checksOf(s: ZodLike): ((value: unknown) => unknown) | null {
  const checks = s._zod.def.checks ?? [];
  if (!checks.length) return null;
  const natives = checks.map(nativeCheck);
  if (natives.every((n) => n !== null)) {
    const tests = natives as ((value: unknown) => boolean)[];
    return (value) => {
      for (const t of tests) if (!t(value)) return FAIL;
      return value;
    };
  }
  return (value) => {
    const payload: CheckPayload = { value, issues: [] };
    for (let i = 0; i < checks.length; i++) {
      const native = natives[i];
      if (native) {
        if (!native(payload.value)) return FAIL;
        continue;
      }
      const ch = checks[i]!;
      const when = ch._zod.def.when;
      if (when && !when(payload)) continue;
      const r = ch._zod.check(payload);
      if (r instanceof Promise || payload.issues.length) return FAIL;
    }
    return payload.value;
  };
}

/** Adds the schema's checks after a type test. */
function withChecks(s: ZodLike, test: Step): Step {
  const checks = checksOf(s);
  if (!checks) return test;
  return (v) => {
    const r = test(v);
    return r === FAIL ? FAIL : checks(r);
  };
}

function compile(s: ZodLike): Step | null {
  const def = s._zod.def;
  // a schema that is itself a check (string formats such as z.email()) runs checks this file does not see
  if (def.coerce || !s._zod.traits || s._zod.traits.has("$ZodCheck")) return null;
  switch (def.type) {
    case "string":
      return withChecks(s, (v) => (typeof v === "string" ? v : FAIL));
    case "number":
      return withChecks(s, (v) => (typeof v === "number" && Number.isFinite(v) ? v : FAIL));
    case "boolean":
      return withChecks(s, (v) => (typeof v === "boolean" ? v : FAIL));
    case "literal":
    case "enum": {
      const values = s._zod.values;
      if (!values) return null;
      return withChecks(s, (v) => (values.has(v) ? v : FAIL));
    }
    case "nullable": {
      const inner = def.innerType && compile(def.innerType);
      if (!inner || def.checks?.length) return null;
      return (v) => (v === null ? null : inner(v));
    }
    case "optional": {
      const inner = def.innerType && compile(def.innerType);
      if (!inner || def.checks?.length || def.innerType!._zod.optin === "defaulted") return null;
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case "array": {
      const element = def.element && compile(def.element);
      if (!element) return null;
      return withChecks(s, (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const r = element(v[i]);
          if (r === FAIL) return FAIL;
          out[i] = r;
        }
        return out;
      });
    }
    case "object":
      return compileObject(s);
    default:
      return null;
  }
}

function compileObject(s: ZodLike): Step | null {
  const def = s._zod.def;
  if (def.catchall || !def.shape) return null;
  const keys = Object.keys(def.shape);
  if (keys.includes("__proto__")) return null;
  const fields: { key: string; step: Step; optional: boolean }[] = [];
  for (const key of keys) {
    const field = def.shape[key]!;
    const step = compile(field);
    if (!step) return null;
    const optin = field._zod.optin;
    const optout = field._zod.optout;
    if (optin === "defaulted" || (optin !== undefined) !== (optout === "optional")) return null;
    fields.push({ key, step, optional: optin === "optional" });
  }
  return withChecks(s, (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return FAIL;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const present = f.key in input;
      if (f.optional && !present) continue;
      const r = f.step(input[f.key]);
      if (r === FAIL) return FAIL;
      if (r !== undefined || present) out[f.key] = r;
    }
    return out;
  });
}

/**
 * Compiles a zod schema into a fast parser: it returns `{ data }` (what `schema.safeParse(value).data`
 * would be) when the value is valid, and null when it is not or when the fast path cannot tell; then run
 * the schema itself. Returns null for a schema that uses anything the fast path does not cover.
 *
 * @example
 * ```ts
 * const fast = compileFastParse(z.object({ a: z.string().min(1) }));
 * fast?.({ a: "x", extra: 1 }); // { data: { a: "x" } }
 * fast?.({ a: "" }); // null: ask zod for the error
 * ```
 */
export function compileFastParse<T>(schema: z.core.$ZodType<T>): ((value: unknown) => { data: T } | null) | null {
  const step = compile(schema as unknown as ZodLike);
  if (!step) return null;
  return (value) => {
    const r = step(value);
    return r === FAIL ? null : { data: r as T };
  };
}
