// A user as GenAuth's UserDto names its fields: what the REST routes answer for a user.
import type { Identity, User } from "../generated/prisma/client.ts";
import { optionalUserTextFields } from "../identity/users/profile.ts";
import type { UserRecord } from "../identity/operations/user-records.ts";
import type { UserExtras } from "../identity/users/user-extras.ts";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** GenAuth's IdentityDto, without the tokens it may carry (the gateway keeps none of an IdP's). */
export function identityDto(identity: Identity) {
  return {
    identityId: identity.id,
    extIdpId: identity.extIdpId,
    provider: identity.provider,
    type: identity.type,
    userIdInIdp: identity.userIdInIdp,
    originConnIds: identity.originConnIds,
  };
}

export function userDto(user: User, related: UserExtras = {}) {
  return {
    userId: user.id,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    status: user.status,
    workStatus: user.status === "Resigned" ? "Resigned" : "Active",
    ...Object.fromEntries(optionalUserTextFields.map((field) => [field, user[field]])),
    loginsCount: user.loginsCount,
    lastLogin: iso(user.lastLogin),
    gender: user.gender,
    emailVerified: user.emailVerified,
    phoneVerified: user.phoneVerified,
    passwordLastSetAt: iso(user.passwordLastSetAt),
    userSourceType: user.userSourceType,
    lastMfaTime: iso(user.lastMfaTime),
    passwordSecurityLevel: user.passwordSecurityLevel,
    resetPasswordOnNextLogin: user.resetPasswordOnNextLogin,
    statusChangedAt: iso(user.statusChangedAt),
    ...(related.departmentIds ? { departmentIds: related.departmentIds } : {}),
    ...(related.customData ? { customData: related.customData } : {}),
    ...(related.identities ? { identities: related.identities.map(identityDto) } : {}),
  };
}

/** A page of whole user records (a list, a role's, a group's or a department's members) as GenAuth's UserPagingDto. */
export function userPageDto(page: { totalCount: number; list: UserRecord[] }) {
  return { totalCount: page.totalCount, list: page.list.map(({ user, extras }) => userDto(user, extras)) };
}
