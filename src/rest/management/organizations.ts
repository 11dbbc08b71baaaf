// GenAuth's management routes for organizations and their departments: create, update, delete, read and list
// them, a level of the tree, the keyword search, members, and a user's departments. What the gateway has no
// notion of (open ids, virtual nodes, posts, tenants, translations, department custom data) is refused by name.
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
import { departmentDto, organizationDto } from "./dtos.ts";
import { userIdType } from "./user-inputs.ts";

const text = z.string().nullish();
const success = { success: true } as const;
const departmentIdType = z.enum(["department_id", "code"]).nullish();
const departmentRef = { organizationCode: z.string(), departmentId: z.string(), departmentIdType };
const departmentRefQuery = {
  organizationCode: z.string(),
  departmentId: z.string(),
  departmentIdType: z.enum(["department_id", "code"]).optional(),
};
const notHere = ["openDepartmentId", "isVirtualNode", "i18n", "customData", "postIdList", "tenantId"];
const notHereFields = Object.fromEntries(notHere.map((field) => [field, unsupported]));
const members = z.object({ ...departmentRef, userIds: z.array(z.string()), tenantId: unsupported });

export function registerOrganizationRoutes(route: ReturnType<typeof routeRegistrar>, identity: Identity) {
  const { departmentAdmin, organizationRecords, userRecords } = identity;

  route.post(
    "/create-organization",
    z.object({
      organizationCode: z.string(),
      organizationName: z.string(),
      description: text,
      metadata: z.unknown().optional(),
      ...notHereFields,
    }),
    async (caller, body) => {
      refuseUnsupported(body, notHere);
      const created = await departmentAdmin.createOrganization(adminActor(caller), {
        code: body.organizationCode,
        name: body.organizationName,
        description: body.description,
      });
      return organizationDto(await organizationRecords.getOrganization(caller, created.code));
    },
  );
  route.post(
    "/update-organization",
    z.object({
      organizationCode: z.string(),
      organizationNewCode: text,
      organizationName: text,
      description: text,
      leaderUserIds: unsupported,
      ...notHereFields,
    }),
    async (caller, body) => {
      refuseUnsupported(body, ["leaderUserIds", ...notHere]);
      const updated = await departmentAdmin.updateOrganization(adminActor(caller), body.organizationCode, {
        newCode: body.organizationNewCode,
        name: body.organizationName,
        description: body.description,
      });
      return organizationDto(await organizationRecords.getOrganization(caller, updated.code));
    },
  );
  route.post(
    "/delete-organization",
    z.object({ organizationCode: z.string(), tenantId: unsupported }),
    async (caller, body) => {
      await departmentAdmin.deleteOrganization(adminActor(caller), body.organizationCode);
      return success;
    },
  );
  route.get(
    "/list-organizations",
    z.object({ ...pageQuery, fetchAll: booleanParam, withCustomData: booleanParam, withPost: booleanParam }),
    async (caller, query) => {
      const page = await organizationRecords.organizationPage(caller, query);
      return { totalCount: page.totalCount, list: page.list.map(organizationDto) };
    },
  );
  route.get("/get-organization", z.object({ organizationCode: z.string() }), async (caller, query) =>
    organizationDto(await organizationRecords.getOrganization(caller, query.organizationCode)),
  );

  route.post(
    "/create-department",
    z.object({
      organizationCode: z.string(),
      parentDepartmentId: z.string(),
      departmentIdType,
      name: z.string(),
      code: text,
      description: text,
      metadata: z.unknown().optional(),
      ...notHereFields,
    }),
    async (caller, body) => {
      refuseUnsupported(body, notHere);
      const parentDepartmentId = await organizationRecords.departmentIdOf(caller, {
        ...body,
        departmentId: body.parentDepartmentId,
      });
      const created = await departmentAdmin.createDepartment(adminActor(caller), { ...body, parentDepartmentId });
      return departmentDto((await organizationRecords.departmentRecords([created.id]))[0]!);
    },
  );
  route.post(
    "/update-department",
    z.object({
      ...departmentRef,
      name: text,
      code: text,
      description: text,
      parentDepartmentId: text,
      leaderUserIds: z.array(z.string()).nullish(),
      status: z.boolean().nullish(),
      metadata: z.unknown().optional(),
      ...notHereFields,
    }),
    async (caller, body) => {
      refuseUnsupported({ ...body, status: body.status === false }, ["status", ...notHere]);
      const departmentId = await organizationRecords.departmentOf(caller, body);
      const parent = body.parentDepartmentId
        ? await organizationRecords.departmentIdOf(caller, { ...body, departmentId: body.parentDepartmentId })
        : undefined;
      await departmentAdmin.updateDepartment(adminActor(caller), departmentId, {
        ...body,
        parentDepartmentId: parent,
        moveToRoot: parent === null,
      });
      return departmentDto((await organizationRecords.departmentRecords([departmentId]))[0]!);
    },
  );
  route.post("/delete-department", z.object({ ...departmentRef, tenantId: unsupported }), async (caller, body) => {
    await departmentAdmin.deleteDepartment(
      adminActor(caller),
      await organizationRecords.departmentOf(caller, body),
      false,
    );
    return success;
  });
  route.get(
    "/get-department",
    z.object({ ...departmentRefQuery, withCustomData: booleanParam }),
    async (caller, query) => departmentDto(await organizationRecords.getDepartment(caller, query)),
  );
  route.get(
    "/list-children-departments",
    z.object({ ...departmentRefQuery, withCustomData: booleanParam, excludeVirtualNode: booleanParam }),
    async (caller, query) => {
      const list = await organizationRecords.childDepartments(caller, query);
      return { totalCount: list.length, list: list.map(departmentDto) };
    },
  );
  route.post(
    "/search-departments",
    z.object({
      keywords: z.string(),
      organizationCode: text,
      withCustomData: z.boolean().nullish(),
      tenantId: unsupported,
    }),
    async (caller, body) =>
      (await organizationRecords.searchDepartments(caller, { ...body, keyword: body.keywords })).map(departmentDto),
  );
  route.get(
    "/list-department-members",
    z.object({ ...departmentRefQuery, ...pageQuery, ...extrasQuery, includeChildrenDepartments: booleanParam }),
    async (caller, query) => {
      refuseUnsupported(query, ["includeChildrenDepartments"]);
      return userPageDto(await organizationRecords.departmentMemberPage(caller, query));
    },
  );
  route.post("/add-department-members", members, async (caller, body) => {
    const departmentId = await organizationRecords.departmentOf(caller, body);
    await departmentAdmin.setMembers(adminActor(caller), departmentId, body.userIds, true);
    return success;
  });
  route.post("/remove-department-members", members, async (caller, body) => {
    const departmentId = await organizationRecords.departmentOf(caller, body);
    await departmentAdmin.setMembers(adminActor(caller), departmentId, body.userIds, false);
    return success;
  });
  route.post(
    "/set-user-departments",
    z.object({
      userId: z.string(),
      departments: z.array(
        z.object({
          departmentId: z.string(),
          isLeader: z.boolean().nullish(),
          isMainDepartment: z.boolean().nullish(),
        }),
      ),
      options: z.object({ userIdType: userIdType.nullish() }).nullish(),
    }),
    async (caller, body) => {
      const [userId] = await userRecords.userIdsOf(caller, [body.userId], body.options?.userIdType);
      await departmentAdmin.setUserDepartments(adminActor(caller), userId!, body.departments);
      return success;
    },
  );
}
