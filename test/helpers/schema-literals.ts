// Tests generated from schema.graphql: the schema itself, and argument literals for the required arguments of a
// field, with the strings chosen by the test (a target to probe, or the seeded row an argument's name points at).
import { readFileSync } from "node:fs";
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from "graphql";

export const schema = buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));

/** The string an argument (or input field) of this name gets, as a GraphQL literal. */
export type StringFor = (name: string) => string;

/** A literal for a value of `type`: the first enum value, required input fields only, `stringFor` for strings and ids. */
export function literalFor(type: GraphQLInputType, name: string, stringFor: StringFor): string {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return `[${literalFor(inner.ofType, name.replace(/s$/, ""), stringFor)}]`;
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields()).filter((field) => isNonNullType(field.type));
    return `{ ${fields.map((field) => `${field.name}: ${literalFor(field.type, field.name, stringFor)}`).join(", ")} }`;
  }
  if (isScalarType(inner) && (inner.name === "Int" || inner.name === "Float")) return "5";
  if (isScalarType(inner) && inner.name === "Boolean") return "true";
  if (isScalarType(inner) && inner.name === "JSONObject") return "{}";
  if (isScalarType(inner) && inner.name === "DateTime") return JSON.stringify("2026-12-01T00:00:00Z");
  return stringFor(name);
}

/** `(name: literal, ...)` for the required arguments, or nothing when there are none. */
export function requiredArguments(args: readonly GraphQLArgument[], stringFor: StringFor): string {
  const required = args.filter((arg) => isNonNullType(arg.type));
  return required.length
    ? `(${required.map((arg) => `${arg.name}: ${literalFor(arg.type, arg.name, stringFor)}`).join(", ")})`
    : "";
}
