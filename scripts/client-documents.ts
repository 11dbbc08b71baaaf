// One operation document per root field of the public schema, for the typed client (clients/typescript): every
// argument a variable, every result member spelled out (the error members' statusCode, apiCode, message and
// requestId included), nested objects to a bounded depth. Written by `npm run schema` to
// clients/typescript/documents/; `npm run codegen` types them.
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Lexer,
  parse,
  print,
  Source,
  TokenKind,
  validate,
} from "graphql";
import { schema as publicSchema } from "../src/graphql/schema.ts";

/** Development-only fields (the passcode outbox) are no part of an application's client. */
const leftOut = new Set(["devOutbox"]);
/** The gateway refuses documents of more tokens (graphql-armor's max tokens); a margin below it. */
const maxTokens = 1800;

/**
 * Result wrappers and connections (a connection's edges, a page, `SignInSuccess`) cost no depth: the depth counts
 * the records themselves, so a list of users reads as far into a user as `me` does.
 */
const wrapper = /(Connection|ConnectionEdge|Success|Page|List|Search|History)$|^My[A-Z]/;
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const isRequired = (arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined;

function selectionOf(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  depth: number,
  path: string[],
  aliases = new Map<string, string>(),
): string | null {
  if (isLeafType(type)) return "";
  if (depth === 0 || path.includes(type.name)) return null;
  if (isAbstractType(type)) {
    // Members may share a field name with different types (an error's `reason`): GraphQL then wants an alias.
    const typeOfName = new Map<string, string>();
    const members = schema.getPossibleTypes(type).map((member) => {
      const aliases = new Map<string, string>();
      for (const field of Object.values(member.getFields())) {
        const seen = typeOfName.get(field.name);
        if (seen === undefined) typeOfName.set(field.name, String(field.type));
        else if (seen !== String(field.type)) aliases.set(field.name, `${camel(member.name)}${pascal(field.name)}`);
      }
      const inner = selectionOf(schema, member, depth, path, aliases);
      return inner ? `... on ${member.name} ${inner}` : null;
    });
    return `{ __typename ${members.filter(Boolean).join(" ")} }`;
  }
  if (!isObjectType(type)) return null;
  const fields = Object.values(type.getFields())
    // A field whose arguments have no defaults cannot be asked for without values of the client's own.
    .filter((field) => !field.args.some(isRequired))
    .map((field) => {
      const nested = getNamedType(field.type);
      const inner = selectionOf(schema, nested, wrapper.test(nested.name) ? depth : depth - 1, [...path, type.name]);
      const alias = aliases.get(field.name);
      return inner === null ? null : `${alias ? `${alias}: ` : ""}${field.name}${inner ? ` ${inner}` : ""}`;
    })
    .filter((field): field is string => field !== null);
  return fields.length ? `{ ${fields.join(" ")} }` : null;
}

function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

function operationOf(schema: GraphQLSchema, kind: "query" | "mutation", field: GraphQLField<unknown, unknown>) {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type}`).join(", ");
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const head = `${kind} ${pascal(field.name)}${variables ? `(${variables})` : ""}`;
  // The deepest selection that stays within the gateway's token limit.
  // A record and the scalars of the records it holds (a user's roles, not their roles' members).
  for (let depth = 2; depth > 0; depth--) {
    const selection = selectionOf(schema, getNamedType(field.type), depth, []);
    const document = `${head} { ${field.name}${args ? `(${args})` : ""}${selection ? ` ${selection}` : ""} }`;
    if (tokenCount(document) > maxTokens) continue;
    const errors = validate(schema, parse(document));
    if (errors.length) throw new Error(`${field.name}: ${errors.map((error) => error.message).join("; ")}`);
    return document;
  }
  throw new Error(`${field.name}: no selection fits in ${maxTokens} tokens`);
}

/** The committed files: `<dir>/<field>.graphql` to its document, in schema order. */
export function clientDocumentFiles(dir: string, schema: GraphQLSchema = publicSchema): Record<string, string> {
  const documents: Record<string, string> = {};
  for (const [kind, type] of [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (!leftOut.has(field.name))
        documents[`${dir}/${field.name}.graphql`] = `${print(parse(operationOf(schema, kind, field)))}\n`;
    }
  }
  return documents;
}
