// GenAuth's management routes for users: list (POST with filters, and the legacy GET), read one or a batch,
// create one or a batch, update, delete, whether one exists, end sessions, session status, and what a user holds.
// Each reads its input, calls one core operation with the caller and answers GenAuth's DTOs.
import { z } from "@hono/zod-openapi";
import { adminActor } from "../../identity/caller.ts";
import type { Identity } from "../../identity/index.ts";
import type { UserRecord } from "../../identity/operations/user-records.ts";
import { extrasQuery, integerParam, listParam, pageQuery, type routeRegistrar } from "../route-schemas.ts";
import { identityDto, userDto, userPageDto } from "../user-dto.ts";
import { groupDto, loginHistoryDto, roleDto, userDepartmentDto } from "./dtos.ts";
import {
  createUserBody,
  listUsersBody,
  newUserOf,
  passwordEncryptType,
  updateUserBody,
  userIdType,
  userListOf,
  userStatus,
  userUpdateOf,
} from "./user-inputs.ts";

const userRefQuery = { userId: z.string(), userIdType: userIdType.optional() };
const success = { success: true } as const;

const recordDto = ({ user, extras }: UserRecord) => userDto(user, extras);

export function registerUserRoutes(route: ReturnType<typeof routeRegistrar>, identity: Identity) {
  const { userRecords, userManagement, userDirectory, userAdmin } = identity;

  route.post("/list-users", listUsersBody, async (caller, body) => {
    return userPageDto(await userRecords.userPage(caller, userListOf(body)));
  });
  route.get(
    "/list-users",
    z.object({
      ...pageQuery,
      ...extrasQuery,
      status: userStatus.optional(),
      updatedAtStart: integerParam,
      updatedAtEnd: integerParam,
    }),
    async (caller, query) => {
      const filter = {
        status: query.status,
        updatedAfter: query.updatedAtStart === undefined ? undefined : new Date(query.updatedAtStart),
        updatedBefore: query.updatedAtEnd === undefined ? undefined : new Date(query.updatedAtEnd),
      };
      return userPageDto(await userRecords.userPage(caller, { ...query, filter }));
    },
  );
  route.get("/get-user", z.object({ ...userRefQuery, ...extrasQuery }), async (caller, query) =>
    recordDto(await userRecords.getUser(caller, query, query)),
  );
  route.get(
    "/get-user-batch",
    z.object({ userIdType: userIdType.optional(), ...extrasQuery }),
    async (caller, query, params) =>
      (
        await userRecords.getUsers(
          caller,
          { userIds: listParam(params, "userIds"), userIdType: query.userIdType },
          query,
        )
      ).map(recordDto),
  );
  route.post("/create-user", createUserBody, async (caller, body) =>
    userDto(await userManagement.createUser(caller, newUserOf(body), body.options?.passwordEncryptType)),
  );
  route.post(
    "/create-users-batch",
    z.object({
      list: z.array(createUserBody),
      options: z.object({ passwordEncryptType, resetPasswordOnFirstLogin: z.boolean().nullish() }).nullish(),
    }),
    async (caller, body) => {
      const inputs = body.list.map((item) =>
        newUserOf({
          ...item,
          options: { resetPasswordOnFirstLogin: body.options?.resetPasswordOnFirstLogin, ...item.options },
        }),
      );
      const created = await userManagement.createUsers(caller, inputs, body.options?.passwordEncryptType);
      return created.map((user) => userDto(user));
    },
  );
  route.post("/update-user", updateUserBody, async (caller, body) =>
    userDto(
      await userManagement.updateUser(
        caller,
        { userId: body.userId, userIdType: body.options?.userIdType },
        userUpdateOf(body),
        body.options?.passwordEncryptType,
      ),
    ),
  );
  route.post(
    "/delete-users-batch",
    z.object({ userIds: z.array(z.string()), options: z.object({ userIdType: userIdType.nullish() }).nullish() }),
    async (caller, body) => {
      const ids = await userRecords.userIdsOf(caller, body.userIds, body.options?.userIdType);
      await userAdmin.deleteUsers(adminActor(caller), ids);
      return success;
    },
  );
  route.post(
    "/is-user-exists",
    z.object({
      username: z.string().nullish(),
      email: z.string().nullish(),
      phone: z.string().nullish(),
      phoneCountryCode: z.string().nullish(),
      externalId: z.string().nullish(),
    }),
    async (caller, body) => ({ exists: await userDirectory.isUserExists(caller, body) }),
  );
  route.post(
    "/kick-users",
    z.object({
      userId: z.string(),
      appIds: z.array(z.string()).nullish(),
      options: z.object({ userIdType: userIdType.nullish() }).nullish(),
    }),
    async (caller, body) => {
      const [id] = await userRecords.userIdsOf(caller, [body.userId], body.options?.userIdType);
      await userAdmin.kickUsers(adminActor(caller), [id!], body.appIds ?? []);
      return success;
    },
  );
  route.post(
    "/check-session-status",
    z.object({ userId: z.string(), appId: z.string().nullish() }),
    async (caller, body) => {
      const status = await userAdmin.checkSessionStatus(adminActor(caller), body.userId, body.appId);
      return { status: status.active };
    },
  );
  route.get(
    "/get-user-login-history",
    z.object({
      ...userRefQuery,
      ...pageQuery,
      appId: z.string().optional(),
      clientIp: z.string().optional(),
      start: integerParam,
      end: integerParam,
    }),
    async (caller, query) => {
      const history = await userRecords.userLoginHistory(caller, {
        ...query,
        start: query.start === undefined ? undefined : new Date(query.start),
        end: query.end === undefined ? undefined : new Date(query.end),
      });
      return { totalCount: history.totalCount, list: history.list.map(loginHistoryDto) };
    },
  );
  route.get(
    "/get-user-roles",
    z.object({ ...userRefQuery, namespace: z.string().optional() }),
    async (caller, query) => {
      const roles = await userRecords.userRoles(caller, query);
      return { totalCount: roles.totalCount, list: roles.list.map(roleDto) };
    },
  );
  route.get("/get-user-departments", z.object({ ...userRefQuery, ...pageQuery }), async (caller, query) => {
    const departments = await userRecords.userDepartments(caller, query);
    return {
      totalCount: departments.totalCount,
      list: departments.list.map((membership) => userDepartmentDto(membership, departments.mainDepartmentId)),
    };
  });
  route.get("/get-user-groups", z.object(userRefQuery), async (caller, query) => {
    const groups = await userRecords.userGroups(caller, query);
    return { totalCount: groups.totalCount, list: groups.list.map(groupDto) };
  });
  route.get("/get-user-identities", z.object(userRefQuery), async (caller, query) =>
    (await userRecords.userIdentities(caller, query)).map(identityDto),
  );
}
