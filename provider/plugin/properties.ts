// Property values between the engine's wire form (a protobuf Struct, where a secret is an object
// carrying Pulumi's secret signature and a value not known yet is a fixed string) and the plain
// values the lifecycle works on. The lifecycle already treats the unknown string as unknown (see
// shared/unknowns.ts); secrets are unwrapped going in and wrapped again, by the schema's rules,
// coming out.
import { Struct } from "google-protobuf/google/protobuf/struct_pb";

/** Pulumi's signature key, and the value that marks an object as a secret (sdk/go/common/resource/sig). */
const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

export type Values = Record<string, unknown>;

function isSecret(v: unknown): v is { value: unknown } {
  return v !== null && typeof v === "object" && (v as Values)[SIG_KEY] === SECRET_SIG;
}

/** A value with every secret wrapper removed (the lifecycle keeps secrets by its own rules). */
export function unwrapSecrets(v: unknown): unknown {
  if (isSecret(v)) return unwrapSecrets(v.value);
  if (Array.isArray(v)) return v.map(unwrapSecrets);
  if (v !== null && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unwrapSecrets(x)]));
  return v;
}

/** The plain values of a request's Struct (none when the request carries none). */
export function fromStruct(s: Struct | undefined): Values {
  return s ? (unwrapSecrets(s.toJavaScript()) as Values) : {};
}

/**
 * A Struct of `values`, with the named top-level properties marked secret when the engine accepts
 * secrets. Undefined members are left out (a Struct has no undefined).
 */
export function toStruct(values: Values, secrets: readonly string[] = [], acceptSecrets = true): Struct {
  const out: Values = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    const plain = JSON.parse(JSON.stringify(v)) as unknown;
    out[k] = acceptSecrets && secrets.includes(k) ? { [SIG_KEY]: SECRET_SIG, value: plain } : plain;
  }
  return Struct.fromJavaScript(out as Parameters<typeof Struct.fromJavaScript>[0]);
}
