// Never a 500 on bad input: 10,000 generated requests over every Query and Mutation field of schema.graphql, with
// hostile values in every argument (NUL bytes, unpaired surrogates, JSON nested 5,000 deep, out-of-range numbers,
// very long strings, bad escapes), as an anonymous caller, an end user and an administrator. Every answer must be
// below 500 and no error may be an internal one or carry a database or stack message. A seeded generator makes a
// failure reproducible (FUZZ_SEED, FUZZ_COUNT).
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestGateway } from "../helpers/gateway.ts";
import { adminHeaders } from "../helpers/admin.ts";
import { schema } from "../helpers/schema-literals.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { SignInByAccountPassword } from "./documents.ts";

const total = Number(process.env.FUZZ_COUNT ?? 10_000);
let seed = Number(process.env.FUZZ_SEED ?? 20261201);

/** mulberry32: small, seeded, good enough to pick values. */
function random(): number {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

/** A stand-in for JSON nested `depth` deep, spliced into the body as text (serialising it would overflow here). */
const deepJson = (depth: number) => ({ __nestedDepth: depth });
const nestedText = (depth: number) => `${'{"nested":'.repeat(depth)}"bottom"${"}".repeat(depth)}`;
const bodyOf = (payload: unknown) =>
  JSON.stringify(payload).replace(/\{"__nestedDepth":(\d+)\}/g, (_, depth: string) => nestedText(Number(depth)));

const hostileStrings = [
  "",
  " ",
  "a",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\ud83d",
  "\u202e\u0301",
  "x".repeat(5000),
  "%E0%A4%A",
  "%",
  '\'; DROP TABLE "User"; --',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4shell probe, sent as a literal string
  "${jndi:ldap://x}",
  "<script>alert(1)</script>",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "١٢٣٤٥٦",
  "13800000000",
  "+86",
  "user@example.com",
  "a@b",
  "@",
  "null",
  "undefined",
  "NaN",
  "-1",
  "00000000-0000-0000-0000-000000000000",
  "openid",
  "openid offline_access profile email phone",
  "\t\n\r",
  "\u3000",
  "CHANNEL_LOGIN",
  "1990-02-30",
  "9999-99-99",
];
const hostileNumbers = [0, -1, 1, 2147483647, -2147483648, 2147483648, 1e20, -1e20, 0.5, Number.MAX_SAFE_INTEGER];

function valueFor(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, depth);
  if (random() < 0.08) return null;
  if (isListType(type)) {
    const length = pick([0, 1, 2, 3, 150]);
    return Array.from({ length }, () => valueFor(type.ofType, depth + 1));
  }
  if (isEnumType(type)) return random() < 0.9 ? pick(type.getValues()).name : pick(hostileStrings);
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    const fields = Object.values(type.getFields());
    return Object.fromEntries(
      fields
        .filter((field) => isNonNullType(field.type) || random() < 0.6)
        .map((field) => [field.name, valueFor(field.type, depth + 1)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "Int":
      case "Float":
        return random() < 0.9 ? pick(hostileNumbers) : pick(hostileStrings);
      case "Boolean":
        return random() < 0.9 ? random() < 0.5 : pick(hostileStrings);
      case "JSONObject":
        return pick([
          {},
          { a: "\u0000" },
          { "\ud800": 1 },
          deepJson(5000),
          deepJson(40),
          { key: "x".repeat(5000) },
          [1, 2],
          "text",
          { a: { b: [1, { c: null }] } },
        ]);
      case "DateTime":
        return pick(["2026-12-01T00:00:00Z", "not a date", "", "9999-12-31T23:59:59Z", "\u0000"]);
      default:
        return random() < 0.85 ? pick(hostileStrings) : pick(hostileNumbers);
    }
  }
  return null;
}

const typeName = (type: GraphQLInputType): string =>
  isNonNullType(type) ? `${typeName(type.ofType)}!` : isListType(type) ? `[${typeName(type.ofType)}]` : type.name;

/** A small selection of a field's result: __typename, and for unions each member's __typename. */
function selectionOf(type: GraphQLNamedType): string {
  if (isUnionType(type))
    return `{ __typename ${type
      .getTypes()
      .map((member) => `... on ${member.name} { __typename }`)
      .join(" ")} }`;
  if (isObjectType(type)) return "{ __typename }";
  return "";
}

function documentFor(operation: "query" | "mutation", field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter((arg) => isNonNullType(arg.type) || random() < 0.7);
  const definitions = args.map((arg) => `$${arg.name}: ${typeName(arg.type)}`).join(", ");
  const uses = args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const query = `${operation}${definitions ? ` (${definitions})` : ""} { ${field.name}${uses ? `(${uses})` : ""} ${selectionOf(getNamedType(field.type))} }`;
  const variables = Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type)]));
  return { query, variables };
}

describe("fuzzing every field", () => {
  let gateway: TestGateway;
  const callers: Record<string, string>[] = [{}];

  beforeAll(async () => {
    gateway = await TestGateway.start({ pool: { registrationsPerIpPerHour: 1_000_000 } });
    await createUser(gateway, { username: "fuzzed", email: "fuzzed@example.com" });
    const { data } = await gateway.execute(SignInByAccountPassword, { account: "fuzzed", password: defaultPassword });
    if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error(JSON.stringify(data));
    callers.push({ authorization: data.signInByAccountPassword.tokenSet.access_token });
    callers.push({ authorization: (await adminHeaders(gateway)).authorization });
  });
  afterAll(() => gateway?.close());

  it(`${total} generated requests: no 5xx, no internal or unmasked error`, async () => {
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ["query", field] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ["mutation", field] as const),
    ];
    const failures: { field: string; status: number; query: string; variables: unknown; body: string }[] = [];
    let sent = 0;
    while (sent < total) {
      const batch = Array.from({ length: Math.min(16, total - sent) }, (_, i) => {
        const [operation, field] = roots[(sent + i) % roots.length]!;
        return { ...documentFor(operation, field), field: field.name, headers: pick(callers) };
      });
      sent += batch.length;
      await Promise.all(
        batch.map(async ({ field, query, variables, headers }) => {
          const response = await gateway.app.fetch("http://gateway.test/graphql", {
            method: "POST",
            headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId, ...headers },
            body: bodyOf({ query, variables }),
          });
          const body = await response.text();
          const internal = /INTERNAL_SERVER_ERROR|Unexpected error|prisma|Invalid `|\bat \w+ \(|stack/i.test(body);
          if (response.status >= 500 || internal)
            failures.push({ field, status: response.status, query, variables, body: body.slice(0, 500) });
        }),
      );
    }
    expect(sent).toBe(total);
    // One example per failing field, so a report names every field at fault.
    const firstPerField = [...new Map(failures.map((failure) => [failure.field, failure])).values()];
    expect(firstPerField.map((failure) => JSON.stringify(failure).slice(0, 1200))).toEqual([]);
  }, 600_000);
});
