#!/bin/sh
echo "The Rust schema engine is not available offline; use npm run db:migrate:* (scripts/migrate.ts, WebAssembly engine)." >&2
exit 1
