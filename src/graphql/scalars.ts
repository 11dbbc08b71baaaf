import { GraphQLError, Kind, type ValueNode } from "graphql";
import { builder } from "./builder.ts";

builder.scalarType("DateTime", {
  description: "An instant, as an ISO 8601 string in UTC.",
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value as string).toISOString()),
  parseValue: (value) => {
    const date = typeof value === "string" ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError("DateTime must be an ISO 8601 string");
    return date;
  },
});

function literalToJson(node: ValueNode, variables?: Record<string, unknown> | null): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((value) => literalToJson(value, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literalToJson(field.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[node.name.value];
    default:
      throw new GraphQLError("Unsupported JSON literal");
  }
}

builder.scalarType("JSONObject", {
  description: "A JSON object (custom data, sign-in context).",
  serialize: (value) => value,
  parseValue: (value) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new GraphQLError("JSONObject must be a JSON object");
    }
    return value as Record<string, unknown>;
  },
  parseLiteral: (node, variables) => {
    if (node.kind !== Kind.OBJECT) throw new GraphQLError("JSONObject must be a JSON object");
    return literalToJson(node, variables) as Record<string, unknown>;
  },
});
