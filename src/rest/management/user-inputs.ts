// GenAuth's user DTOs on the way in (CreateUserReqDto, UpdateUserReqDto, ListUsersRequestDto) as zod schemas, and
// their translation to the core's inputs. What the gateway cannot honour (an imported hash and its salt,
// identities, tenants, OTP seeds) is refused by name rather than dropped: a caller must not believe it happened.
import { z } from "@hono/zod-openapi";
import { InvalidInputError } from "../../identity/errors.ts";
import type { UserFilter, UserSortField } from "../../identity/management/user-queries.ts";
import type { AdminNewUser, AdminUserUpdate } from "../../identity/operations/user-management.ts";
import { profileTextFields } from "../../identity/users/profile.ts";
import { refuseUnsupported, unsupported } from "../route-schemas.ts";

const text = z.string().nullish();
const flag = z.boolean().nullish();
export const userStatus = z.enum(["Suspended", "Resigned", "Activated", "Archived", "Deactivated"]);
export const userIdType = z.enum(["user_id", "external_id", "phone", "email", "username"]);
export const passwordEncryptType = z.enum(["none", "rsa", "sm2"]).nullish();

const profileFields = {
  ...Object.fromEntries(profileTextFields.map((field) => [field, text])),
  gender: z.enum(["M", "F", "U"]).nullish(),
  birthdate: text,
} as Record<(typeof profileTextFields)[number] | "birthdate", typeof text> & {
  gender: z.ZodOptional<z.ZodNullable<z.ZodEnum<{ M: "M"; F: "F"; U: "U" }>>>;
};

const identifierFields = {
  username: text,
  email: text,
  emailVerified: flag,
  phone: text,
  phoneCountryCode: text,
  phoneVerified: flag,
  externalId: text,
};

export const createUserBody = z.object({
  ...identifierFields,
  ...profileFields,
  status: userStatus.nullish(),
  password: text,
  customData: z.record(z.string(), z.unknown()).nullish(),
  salt: unsupported,
  otp: unsupported,
  identities: unsupported,
  tenantIds: unsupported,
  departmentIds: unsupported,
  metadataSource: unsupported,
  identityNumber: unsupported,
  options: z
    .object({
      keepPassword: flag,
      autoGeneratePassword: flag,
      resetPasswordOnFirstLogin: flag,
      departmentIdType: text,
      sendNotification: unsupported,
      passwordEncryptType,
    })
    .nullish(),
});

export const updateUserBody = z.object({
  userId: z.string(),
  ...identifierFields,
  ...profileFields,
  status: userStatus.nullish(),
  password: text,
  identityNumber: unsupported,
  customData: unsupported,
  metadata: unsupported,
  options: z.object({ passwordEncryptType, userIdType: userIdType.nullish() }).nullish(),
});

function profileOf(body: Record<string, unknown>) {
  return Object.fromEntries(
    [...profileTextFields, "gender", "birthdate"].filter((field) => field in body).map((field) => [field, body[field]]),
  );
}

export function newUserOf(body: z.output<typeof createUserBody>): AdminNewUser {
  refuseUnsupported(body, [
    "salt",
    "otp",
    "identities",
    "tenantIds",
    "departmentIds",
    "metadataSource",
    "identityNumber",
  ]);
  refuseUnsupported(body.options ?? {}, ["keepPassword", "autoGeneratePassword", "sendNotification"], "options.");
  return {
    username: body.username,
    email: body.email,
    phone: body.phone,
    phoneCountryCode: body.phoneCountryCode,
    password: body.password,
    externalId: body.externalId,
    customData: body.customData,
    profile: profileOf(body),
    verified: { email: body.emailVerified ?? false, phone: body.phoneVerified ?? false },
    status: body.status,
    resetPasswordOnNextLogin: body.options?.resetPasswordOnFirstLogin,
  };
}

export function userUpdateOf(body: z.output<typeof updateUserBody>): AdminUserUpdate {
  refuseUnsupported(body, ["identityNumber", "customData", "metadata"]);
  const update: AdminUserUpdate = { ...profileOf(body), status: body.status, password: body.password };
  for (const field of Object.keys(identifierFields) as (keyof typeof identifierFields)[]) {
    if (body[field] !== undefined) Object.assign(update, { [field]: body[field] });
  }
  return update;
}

const advancedFilterItem = z.object({
  field: z.string(),
  operator: z.enum([
    "EQUAL",
    "NOT_EQUAL",
    "CONTAINS",
    "NOT_CONTAINS",
    "IS_NULL",
    "NOT_NULL",
    "IN",
    "GREATER",
    "LESSER",
    "BETWEEN",
  ]),
  value: z.unknown().optional(),
});

const sortableFields = ["createdAt", "updatedAt", "lastLogin", "username", "email", "phone", "loginsCount"] as const;

export const listUsersBody = z.object({
  keywords: text,
  advancedFilter: z.array(advancedFilterItem).nullish(),
  searchQuery: unsupported,
  options: z
    .object({
      pagination: z.object({ page: z.number().int().nullish(), limit: z.number().int().nullish() }).nullish(),
      sort: z.array(z.object({ field: z.string(), order: z.enum(["asc", "desc"]) })).nullish(),
      fuzzySearchOn: unsupported,
      withCustomData: flag,
      withIdentities: flag,
      withDepartmentIds: flag,
      withPost: flag,
      flatCustomData: flag,
    })
    .nullish(),
});

function dateOf(value: unknown, field: string): Date {
  const date = typeof value === "number" ? new Date(value) : typeof value === "string" ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new InvalidInputError(field, "input.malformed", { field });
  return date;
}

/** One id, from `value` or a one-element `IN` list (GenAuth filters departments, roles and groups so). */
function oneIdOf(value: unknown, field: string): string {
  const id = Array.isArray(value) && value.length === 1 ? value[0] : value;
  if (typeof id !== "string" || !id.trim()) throw new InvalidInputError(field, "input.malformed", { field });
  return id.trim();
}

const relationFilters: Record<string, "departmentId" | "roleId" | "groupId"> = {
  department: "departmentId",
  departmentId: "departmentId",
  role: "roleId",
  roleId: "roleId",
  group: "groupId",
  groupId: "groupId",
};

/** ListUsersRequestDto as the core's filter and order: the advanced filters the core can answer exactly. */
export function userListOf(body: z.output<typeof listUsersBody>) {
  refuseUnsupported(body, ["searchQuery"]);
  refuseUnsupported(body.options ?? {}, ["fuzzySearchOn"], "options.");
  const filter: UserFilter = { keyword: body.keywords };
  (body.advancedFilter ?? []).forEach((item, index) => {
    const field = `advancedFilter.${index}`;
    const relation = relationFilters[item.field];
    if (item.field === "status" && item.operator === "EQUAL") {
      const status = userStatus.safeParse(item.value);
      if (!status.success) throw new InvalidInputError(field, "input.malformed", { field: `${field}.value` });
      filter.status = status.data;
    } else if (relation && (item.operator === "EQUAL" || item.operator === "IN")) {
      filter[relation] = oneIdOf(item.value, field);
    } else if (item.field === "createdAt" || item.field === "lastLogin" || item.field === "updatedAt") {
      const [after, before] =
        item.operator === "BETWEEN" && Array.isArray(item.value) && item.value.length === 2
          ? [dateOf(item.value[0], field), dateOf(item.value[1], field)]
          : item.operator === "GREATER"
            ? [dateOf(item.value, field), undefined]
            : item.operator === "LESSER"
              ? [undefined, dateOf(item.value, field)]
              : (() => {
                  throw new InvalidInputError(field, "input.unsupportedOption", { field: `${field}.operator` });
                })();
      const prefix = item.field === "createdAt" ? "created" : item.field === "updatedAt" ? "updated" : "lastLogin";
      Object.assign(filter, { [`${prefix}After`]: after, [`${prefix}Before`]: before });
    } else {
      throw new InvalidInputError(field, "input.unsupportedOption", {
        field: `${field} (${item.field} ${item.operator})`,
      });
    }
  });
  const sorts = body.options?.sort ?? [];
  if (sorts.length > 1)
    throw new InvalidInputError("options.sort", "input.unsupportedOption", { field: "options.sort[1]" });
  const sort = sorts[0];
  if (sort && !(sortableFields as readonly string[]).includes(sort.field))
    throw new InvalidInputError("options.sort", "input.unsupportedOption", { field: `options.sort.${sort.field}` });
  return {
    filter,
    sortBy: (sort?.field ?? "createdAt") as UserSortField,
    direction: sort?.order ?? "desc",
    page: body.options?.pagination?.page,
    limit: body.options?.pagination?.limit,
    withCustomData: body.options?.withCustomData,
    withIdentities: body.options?.withIdentities,
    withDepartmentIds: body.options?.withDepartmentIds,
  };
}
