# syntax=docker/dockerfile:1
# The gateway as a container image: a build stage (every dependency, the Prisma client generated, the bundle
# built) and a runtime stage with production dependencies only, run as the unprivileged `node` user.
#   docker build -t identity-gateway .      docker compose up   (gateway + PostgreSQL, see compose.yaml)
# The runtime stage is rehearsed without Docker by `npm run test:deploy` (test/deploy/container-image.test.ts).

ARG NODE_IMAGE=node:20.20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Manifests first: the dependency layer is rebuilt only when they change.
COPY package.json package-lock.json prisma.config.ts ./
COPY clients/typescript/package.json clients/typescript/
COPY examples/typescript/package.json examples/typescript/
COPY prisma ./prisma
COPY scripts/no-schema-engine.sh ./scripts/
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY scripts ./scripts
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATABASE_URL=pglite:/app/data/pglite
WORKDIR /app
COPY package.json package-lock.json ./
COPY clients/typescript/package.json clients/typescript/
COPY examples/typescript/package.json examples/typescript/
# No install scripts: the one that matters (prisma generate) ran in the build stage, whose output is copied below.
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY --from=build /app/prisma ./prisma
# The sources (with the generated Prisma client) serve the operator commands: npm run admin:create-access-key ...
COPY --from=build /app/src ./src
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/prisma.config.ts /app/tsconfig.json ./
# The embedded database's directory, for a gateway run without DATABASE_URL pointing at PostgreSQL.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 4000
# /ready answers 200 only while the database answers.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/ready`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node as PID 1 gets SIGTERM itself: the gateway drains in-flight requests and closes the database on it.
CMD ["node", "--enable-source-maps", "dist/gateway/server.mjs"]
