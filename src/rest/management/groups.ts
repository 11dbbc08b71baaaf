// GenAuth's management routes for groups: create one or a batch, read, list, update, delete in a batch, and
// their members. Groups here are static; GenAuth's dynamic groups (type "dynamic", metadata rules) are refused.
import { z } from "@hono/zod-openapi";
import { adminActor } from "../../identity/caller.ts";
import type { Identity } from "../../identity/index.ts";
import {
  booleanParam,
  extrasQuery,
  pageQuery,
  refuseUnsupported,
  type routeRegistrar,
  unsupported,
} from "../route-schemas.ts";
import { userPageDto } from "../user-dto.ts";
import { groupDto } from "./dtos.ts";

const text = z.string().nullish();
const success = { success: true } as const;
const newGroup = z.object({
  code: z.string(),
  name: z.string(),
  description: text,
  type: z.enum(["static", "dynamic"]).nullish(),
  customData: unsupported,
});
const members = z.object({ code: z.string(), userIds: z.array(z.string()) });

/** A group as created here: static, without custom data. */
function newGroupOf(body: z.output<typeof newGroup>) {
  refuseUnsupported({ ...body, type: body.type === "dynamic" ? body.type : null }, ["type", "customData"]);
  return body;
}

export function registerGroupRoutes(route: ReturnType<typeof routeRegistrar>, identity: Identity) {
  const { groupAdmin, accessRecords } = identity;

  route.post("/create-group", newGroup, async (caller, body) =>
    groupDto(await groupAdmin.createGroup(adminActor(caller), newGroupOf(body))),
  );
  route.post("/create-groups-batch", z.object({ list: z.array(newGroup) }), async (caller, body) =>
    (await groupAdmin.createGroups(adminActor(caller), body.list.map(newGroupOf))).map(groupDto),
  );
  route.get("/get-group", z.object({ code: z.string(), withCustomData: booleanParam }), async (caller, query) =>
    groupDto(await accessRecords.getGroup(caller, query)),
  );
  route.get(
    "/list-groups",
    z.object({
      ...pageQuery,
      keywords: z.string().optional(),
      withMetadata: booleanParam,
      withCustomData: booleanParam,
    }),
    async (caller, query) => {
      const page = await accessRecords.groupPage(caller, { ...query, keyword: query.keywords });
      return { totalCount: page.totalCount, list: page.list.map(groupDto) };
    },
  );
  route.post(
    "/update-group",
    z.object({ code: z.string(), newCode: text, name: text, description: text, customData: unsupported }),
    async (caller, body) => {
      refuseUnsupported(body, ["customData"]);
      return groupDto(await groupAdmin.updateGroup(adminActor(caller), body.code, body));
    },
  );
  route.post("/delete-groups-batch", z.object({ codeList: z.array(z.string()) }), async (caller, body) => {
    await groupAdmin.deleteGroups(adminActor(caller), body.codeList);
    return success;
  });
  route.post("/add-group-members", members, async (caller, body) => {
    await groupAdmin.setMembers(adminActor(caller), body.code, body.userIds, true);
    return success;
  });
  route.post("/remove-group-members", members, async (caller, body) => {
    await groupAdmin.setMembers(adminActor(caller), body.code, body.userIds, false);
    return success;
  });
  route.get(
    "/list-group-members",
    z.object({ code: z.string(), ...pageQuery, ...extrasQuery }),
    async (caller, query) => userPageDto(await accessRecords.groupMemberPage(caller, query)),
  );
}
