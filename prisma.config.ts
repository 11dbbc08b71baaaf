import { defineConfig } from "prisma/config";
import { fileURLToPath } from "node:url";

// The Rust schema engine cannot be downloaded here. `prisma generate|validate|format` do not need it; this stub
// makes `prisma migrate|db ...` fail loudly (pointing at our WebAssembly scripts) instead of silently doing nothing.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL("./scripts/no-schema-engine.sh", import.meta.url));

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
