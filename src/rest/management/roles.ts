// GenAuth's management routes for roles and their namespaces: create, read, list, update, delete in batches,
// assign to and revoke from users and departments, and who holds a role. GenAuth's role status, disable time and
// permission requests do not exist here and are refused by name.
import { z } from "@hono/zod-openapi";
import { adminActor } from "../../identity/caller.ts";
import { InvalidInputError } from "../../identity/errors.ts";
import type { Identity } from "../../identity/index.ts";
import type { RoleTarget } from "../../identity/management/roles.ts";
import { extrasQuery, pageQuery, refuseUnsupported, type routeRegistrar, unsupported } from "../route-schemas.ts";
import { userPageDto } from "../user-dto.ts";
import { namespaceDto, roleDepartmentDto, roleDto } from "./dtos.ts";

const text = z.string().nullish();
const roleRef = { code: z.string(), namespace: text };
const success = { success: true } as const;
const targets = z.array(
  z.object({ targetType: z.enum(["USER", "ROLE", "GROUP", "DEPARTMENT"]), targetIdentifier: z.string() }),
);

/** The users and departments a role goes to; GenAuth's ROLE and GROUP targets have no meaning here. */
function roleTargetsOf(list: z.output<typeof targets>): RoleTarget[] {
  return list.map(({ targetType, targetIdentifier }) => {
    if (targetType !== "USER" && targetType !== "DEPARTMENT")
      throw new InvalidInputError("targets", "input.unsupportedOption", { field: `targetType ${targetType}` });
    return { targetType, targetId: targetIdentifier };
  });
}

export function registerRoleRoutes(route: ReturnType<typeof routeRegistrar>, identity: Identity) {
  const { roleAdmin, accessRecords } = identity;

  route.post(
    "/create-role",
    z.object({ ...roleRef, name: text, description: text, disableTime: unsupported }),
    async (caller, body) => {
      refuseUnsupported(body, ["disableTime"]);
      return roleDto(await roleAdmin.createRole(adminActor(caller), body));
    },
  );
  route.get("/get-role", z.object({ code: z.string(), namespace: z.string().optional() }), async (caller, query) =>
    roleDto(await accessRecords.getRole(caller, query)),
  );
  route.get(
    "/list-roles",
    z.object({ ...pageQuery, keywords: z.string().optional(), namespace: z.string().optional() }),
    async (caller, query) => {
      const page = await accessRecords.rolePage(caller, { ...query, keyword: query.keywords });
      return { totalCount: page.totalCount, list: page.list.map(roleDto) };
    },
  );
  route.post(
    "/update-role",
    z.object({
      ...roleRef,
      newCode: text,
      name: text,
      description: text,
      status: z.enum(["ENABLE", "DISABLE"]).nullish(),
      disableTime: unsupported,
      enablePermissionApply: unsupported,
    }),
    async (caller, body) => {
      refuseUnsupported({ ...body, status: body.status === "ENABLE" ? null : body.status }, [
        "status",
        "disableTime",
        "enablePermissionApply",
      ]);
      await roleAdmin.updateRole(adminActor(caller), body);
      return success;
    },
  );
  route.post(
    "/delete-roles-batch",
    z.object({ codeList: z.array(z.string()), namespace: text }),
    async (caller, body) => {
      await roleAdmin.deleteRoles(adminActor(caller), body.codeList, body.namespace);
      return success;
    },
  );
  route.post(
    "/assign-role",
    z.object({ ...roleRef, targets, endTime: unsupported, enableTime: unsupported }),
    async (caller, body) => {
      refuseUnsupported(body, ["endTime", "enableTime"]);
      await roleAdmin.assignRole(adminActor(caller), body.code, body.namespace, roleTargetsOf(body.targets));
      return success;
    },
  );
  route.post("/revoke-role", z.object({ ...roleRef, targets }), async (caller, body) => {
    await roleAdmin.revokeRole(adminActor(caller), body.code, body.namespace, roleTargetsOf(body.targets));
    return success;
  });
  route.get(
    "/list-role-members",
    z.object({ code: z.string(), namespace: z.string().optional(), ...pageQuery, ...extrasQuery }),
    async (caller, query) => userPageDto(await accessRecords.roleMemberPage(caller, query)),
  );
  route.get(
    "/list-role-departments",
    z.object({ code: z.string(), namespace: z.string().optional(), ...pageQuery }),
    async (caller, query) => {
      const page = await accessRecords.roleDepartmentPage(caller, query);
      return { totalCount: page.totalCount, list: page.list.map(roleDepartmentDto) };
    },
  );

  route.post("/create-namespace", z.object({ code: z.string(), name: text, description: text }), async (caller, body) =>
    namespaceDto(await roleAdmin.createNamespace(adminActor(caller), body.code, body.name, body.description)),
  );
  route.get("/get-namespace", z.object({ code: z.string() }), async (caller, query) =>
    namespaceDto(await roleAdmin.namespaceOf(adminActor(caller), query.code)),
  );
  route.get("/list-namespaces", z.object({ ...pageQuery, keywords: z.string().optional() }), async (caller, query) => {
    const page = await accessRecords.namespacePage(caller, { ...query, keyword: query.keywords });
    return { totalCount: page.totalCount, list: page.list.map(namespaceDto) };
  });
}
