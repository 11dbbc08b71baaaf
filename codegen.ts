// Typed documents for the tests (and the pattern for any client): reads the committed schema.graphql and the
// graphql(`...`) documents in test/, writes test/gql/. `npm run codegen`; a test fails when the output is stale.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["test/**/*.ts", "!test/gql/**"],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    "test/gql/": {
      preset: "client",
      // Tests read error fields straight off the union members; masking would hide them behind useFragment().
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: "string", JSONObject: "Record<string, unknown>" },
      },
    },
  },
};

export default config;
