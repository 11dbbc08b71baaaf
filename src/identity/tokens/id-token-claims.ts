// The claims each scope adds to the id_token (and later to userinfo): OIDC's standard claims plus GenAuth's
// username, roles, external_id and extended_fields.
import type { Db } from "../../db/index.ts";
import type { User } from "../../generated/prisma/client.ts";
import { fromColumns } from "../users/custom-data.ts";
import type { Scope } from "./scopes.ts";
import { rolesHeldBy } from "../users/held-roles.ts";

type Claims = Record<string, unknown>;

const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

export async function claimsForScopes(db: Db, user: User, scopes: Scope[]): Promise<Claims> {
  const claims: Claims = {};
  const has = (scope: Scope) => scopes.includes(scope);
  if (has("profile")) {
    Object.assign(claims, {
      name: user.name,
      given_name: user.givenName,
      family_name: user.familyName,
      middle_name: user.middleName,
      nickname: user.nickname,
      preferred_username: user.preferredUsername,
      profile: user.profile,
      picture: user.photo,
      website: user.website,
      gender: user.gender,
      birthdate: user.birthdate,
      zoneinfo: user.zoneinfo,
      locale: user.locale,
      updated_at: epochSeconds(user.updatedAt),
    });
  }
  if (has("username")) claims.username = user.username;
  if (has("email")) Object.assign(claims, { email: user.email, email_verified: user.emailVerified });
  if (has("phone")) {
    Object.assign(claims, {
      phone_number: user.phone ? `${user.phoneCountryCode ?? ""}${user.phone}` : null,
      phone_number_verified: user.phoneVerified,
    });
  }
  if (has("address")) {
    claims.address = {
      formatted: user.formatted,
      street_address: user.streetAddress,
      locality: user.locality ?? user.city,
      region: user.region ?? user.province,
      postal_code: user.postalCode,
      country: user.country,
    };
  }
  if (has("external_id")) claims.external_id = user.externalId;
  if (has("roles")) claims.roles = await roleCodes(db, user.id);
  if (has("extended_fields")) claims.extended_fields = await customData(db, user.id);
  return claims;
}

/** Role codes held directly or through any department the user belongs to. */
async function roleCodes(db: Db, userId: string): Promise<string[]> {
  const roles = await db.role.findMany({
    where: rolesHeldBy(userId),
    select: { code: true },
    orderBy: { code: "asc" },
  });
  return [...new Set(roles.map((role) => role.code))];
}

async function customData(db: Db, userId: string): Promise<Record<string, unknown>> {
  const values = await db.customFieldValue.findMany({ where: { userId }, include: { definition: true } });
  return Object.fromEntries(
    values.map((value) => [value.definition.key, fromColumns(value.definition.dataType, value)]),
  );
}
