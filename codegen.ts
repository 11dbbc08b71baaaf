// Typed documents from the committed schema.graphql, with graphql-codegen's client preset: the tests' (their
// graphql(`...`) documents, into test/gql/) and the typed client's (clients/typescript/documents/*.graphql, into
// clients/typescript/src/gql/). `npm run codegen`; a test fails when either output is stale.
import type { CodegenConfig } from "@graphql-codegen/cli";

const typedDocuments = {
  preset: "client",
  // Results are read straight off the union members; masking would hide them behind useFragment().
  presetConfig: { fragmentMasking: false },
  config: {
    documentMode: "string",
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { DateTime: "string", JSONObject: "Record<string, unknown>" },
  },
} as const;

const config: CodegenConfig = {
  schema: "schema.graphql",
  ignoreNoDocuments: true,
  // Imports with their .js extension, which TypeScript's nodenext resolution (and Node itself) requires.
  emitLegacyCommonJSImports: false,
  generates: {
    "test/gql/": { ...typedDocuments, documents: ["test/**/*.ts", "!test/gql/**"] },
    "clients/typescript/src/gql/": { ...typedDocuments, documents: ["clients/typescript/documents/*.graphql"] },
  },
};

export default config;
