// GenAuth's management routes for the pool's access keys (AK/SK): create (the secret is answered once), list,
// read, enable or disable, delete. The last active key can be neither disabled nor deleted. GenAuth's per-user
// and per-tenant keys do not exist here and are refused by name.
import { z } from "@hono/zod-openapi";
import { adminActor } from "../../identity/caller.ts";
import type { Identity } from "../../identity/index.ts";
import { refuseUnsupported, type routeRegistrar, unsupported } from "../route-schemas.ts";
import { accessKeyDto } from "./dtos.ts";

const success = { success: true } as const;

export function registerAccessKeyRoutes(route: ReturnType<typeof routeRegistrar>, identity: Identity) {
  const { accessKeys, poolRecords } = identity;

  route.post(
    "/create-access-key",
    z.object({ type: z.enum(["userpool", "tenant", "user"]).nullish(), userId: unsupported, tenantId: unsupported }),
    async (caller, body) => {
      refuseUnsupported({ ...body, type: body.type === "userpool" ? null : body.type }, ["type", "userId", "tenantId"]);
      const created = await accessKeys.createAccessKey(adminActor(caller));
      return [accessKeyDto(created.accessKey, created.accessKeySecret)];
    },
  );
  route.get(
    "/list-access-key",
    z.object({
      userId: z.string().optional(),
      tenantId: z.string().optional(),
      type: z.string().optional(),
      status: z.enum(["activated", "staging", "revoked", "disabled"]).optional(),
    }),
    async (caller, query) => {
      refuseUnsupported(query, ["userId", "tenantId"]);
      const keys = (await accessKeys.listAccessKeys(adminActor(caller))).map((key) => accessKeyDto(key));
      return query.status ? keys.filter((key) => key.status === query.status) : keys;
    },
  );
  route.get(
    "/get-access-key",
    z.object({ accessKeyId: z.string(), userId: z.string().optional() }),
    async (caller, query) => [accessKeyDto(await poolRecords.getAccessKey(caller, query.accessKeyId))],
  );
  route.post("/update-access-key", z.object({ accessKeyId: z.string(), enable: z.boolean() }), async (caller, body) => {
    await accessKeys.setAccessKeyStatus(adminActor(caller), body.accessKeyId, body.enable ? "ACTIVE" : "DISABLED");
    return success;
  });
  route.post("/delete-access-key", z.object({ accessKeyId: z.string() }), async (caller, body) => {
    await accessKeys.deleteAccessKey(adminActor(caller), body.accessKeyId);
    return success;
  });
}
