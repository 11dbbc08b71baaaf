// Loads @prisma/schema-engine-wasm without --experimental-wasm-modules: Prisma's CLI would download a native
// engine, which cannot be reached here (see shared/docs/prisma-offline.md).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

let ready: Promise<void> | undefined;

function instantiateEngine(): Promise<void> {
  ready ??= (async () => {
    // createRequire rather than import.meta.resolve: vitest's module runner does not implement the latter.
    const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm");
    const wasmPath = path.join(path.dirname(entry), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    (bg as unknown as { __wbg_set_wasm(e: WebAssembly.Exports): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as unknown as { __wbindgen_start(): void }).__wbindgen_start();
  })();
  return ready;
}

export type SchemaEngine = Awaited<ReturnType<typeof bg.SchemaEngine.new>>;

export async function openSchemaEngine(
  schemaPath: string,
  schemaText: string,
  factory: SqlMigrationAwareDriverAdapterFactory,
  log: (line: string) => void = () => {},
): Promise<SchemaEngine> {
  await instantiateEngine();
  return bg.SchemaEngine.new(
    { datamodels: [[schemaPath, schemaText]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}
