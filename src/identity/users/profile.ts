// The editable profile of a user (UserDto fields a user or an administrator may set), validated in one place.
import { InvalidInputError } from "../errors.ts";
import type { Gender } from "../../generated/prisma/enums.ts";

export const profileTextFields = [
  "name",
  "nickname",
  "photo",
  "company",
  "browser",
  "device",
  "givenName",
  "familyName",
  "middleName",
  "profile",
  "preferredUsername",
  "website",
  "zoneinfo",
  "locale",
  "address",
  "formatted",
  "streetAddress",
  "locality",
  "region",
  "postalCode",
  "country",
  "province",
  "city",
] as const;

/** Text columns of a user that may be unset: the identifiers, the editable profile, and what sign-ins record. */
export const optionalUserTextFields = [
  "externalId",
  "username",
  "email",
  "phone",
  "phoneCountryCode",
  "lastIp",
  "birthdate",
  ...profileTextFields,
  "userSourceId",
  "lastLoginApp",
  "mainDepartmentId",
] as const;

export type ProfileTextField = (typeof profileTextFields)[number];

export type ProfileInput = Partial<Record<ProfileTextField, string | null>> & {
  gender?: Gender | null;
  birthdate?: string | null;
};

export type ProfileData = Partial<Record<ProfileTextField, string | null>> & {
  gender?: Gender;
  birthdate?: string | null;
};

const longFields: Partial<Record<ProfileTextField, number>> = { photo: 2048, website: 2048, profile: 2048 };
const urlFields: ProfileTextField[] = ["photo", "website", "profile"];
const defaultMaxLength = 255;

export function validateProfile(input: ProfileInput | null | undefined): ProfileData {
  const data: ProfileData = {};
  if (!input) return data;
  for (const field of profileTextFields) {
    const raw = input[field];
    if (raw === undefined) continue;
    if (raw === null) {
      data[field] = null;
      continue;
    }
    const value = raw.trim();
    const max = longFields[field] ?? defaultMaxLength;
    if ([...value].length > max) throw new InvalidInputError(field, "input.tooLong", { field, max });
    if (value && urlFields.includes(field) && !isHttpUrl(value)) {
      throw new InvalidInputError(field, "input.invalidUrl", { field });
    }
    data[field] = value || null;
  }
  if (input.gender !== undefined) data.gender = input.gender ?? "U";
  if (input.birthdate !== undefined) {
    const birthdate = input.birthdate?.trim() || null;
    if (birthdate !== null && !isCalendarDate(birthdate)) {
      throw new InvalidInputError("birthdate", "input.invalidBirthdate");
    }
    data.birthdate = birthdate;
  }
  return data;
}

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
