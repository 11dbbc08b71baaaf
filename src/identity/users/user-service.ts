// Creating users and finding them by the identifiers they sign in with.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/index.ts";
import type { SqlRows } from "../../db/sql-rows.ts";
import type { Prisma, User, UserPool } from "../../generated/prisma/client.ts";
import type { UserSourceType, UserStatus } from "../../generated/prisma/enums.ts";
import type { Clock } from "../clock.ts";
import type { PasswordHasher } from "../credentials/hasher.ts";
import { checkPasswordPolicy, normalizePassword } from "../credentials/password-policy.ts";
import { passwordColumns } from "../credentials/password-strength.ts";
import { isUniqueViolation, uniqueViolationColumns } from "../db-errors.ts";
import { InvalidInputError, RegistrationDisabledError, UserExistsError } from "../errors.ts";
import {
  accountCandidates,
  normalizeCountryCode,
  normalizeEmail,
  normalizePhone,
  newUsername,
  normalizeUsername,
  type AccountKind,
} from "./account-identifiers.ts";
import { assertCustomDataObject, prepareCustomValues, type CustomDataInput } from "./custom-data.ts";
import { validateProfile, type ProfileInput } from "./profile.ts";

export interface NewUserInput {
  /** Set by administrators only (imports, sync): the user's id in another system. */
  externalId?: string | null;
  username?: string | null;
  email?: string | null;
  phone?: string | null;
  phoneCountryCode?: string | null;
  password?: string | null;
  profile?: ProfileInput | null;
  customData?: CustomDataInput | null;
  source: { type: UserSourceType; id?: string | null };
  /** The identifier the user signs up with: required, where the others are optional profile data. */
  primary?: "username" | "email" | "phone";
  /** Identifiers proven by a passcode at sign-up. */
  verified?: { email?: boolean; phone?: boolean };
  /** Set by administrators only: a status other than Activated, and a password to change at first sign-in. */
  status?: UserStatus | null;
  resetPasswordOnNextLogin?: boolean | null;
}

/** A validated new user: its row, its password identity and its custom values, ready to insert. */
export interface PreparedUser {
  row: Prisma.UserCreateManyInput & { id: string };
  identity: Prisma.IdentityCreateManyInput;
  customValues: Prisma.CustomFieldValueCreateManyInput[];
}

export interface UserServiceDeps {
  /** Plain SQL on the same database: every sign-in looks its user up (one statement, no client pipeline). */
  sql: SqlRows;
  db: Db;
  clock: Clock;
  hasher: PasswordHasher;
}

export type AccountLookup =
  | { kind: "account"; account: string }
  | { kind: AccountKind; value: string; phoneCountryCode?: string | null };

export function createUserService({ db, sql, clock, hasher }: UserServiceDeps) {
  /**
   * Validates a new user (identifiers, profile, password policy, custom data) and hashes the password: the row to
   * insert, with its password identity and custom values. Throws the first input error.
   */
  async function prepareUser(pool: UserPool, input: NewUserInput, editor: "user" | "admin"): Promise<PreparedUser> {
    if (editor === "user" && pool.registrationDisabled) throw new RegistrationDisabledError();
    if (input.primary && !input[input.primary]?.trim()) {
      throw new InvalidInputError(input.primary, "input.required", { field: input.primary });
    }
    const username = input.username != null ? newUsername(input.username) : null;
    const email = input.email != null && input.email !== "" ? normalizeEmail(input.email) : null;
    const phone = input.phone != null && input.phone !== "" ? normalizePhone(input.phone) : null;
    const phoneCountryCode = phone ? normalizeCountryCode(input.phoneCountryCode, pool.defaultPhoneCountryCode) : null;
    if (!username && !email && !phone) throw new InvalidInputError("username", "input.required", { field: "username" });
    const profile = validateProfile(input.profile);
    const externalId = editor === "admin" ? input.externalId?.trim() || null : null;
    if (externalId && externalId.length > 255)
      throw new InvalidInputError("externalId", "input.tooLong", { field: "externalId", max: 255 });
    const customData = assertCustomDataObject(input.customData);

    let password: ReturnType<typeof passwordColumns> | null = null;
    if (input.password != null) {
      checkPasswordPolicy(input.password, { minLength: pool.passwordMinLength, maxLength: pool.passwordMaxLength }, [
        username,
        email,
        phone,
      ]);
      const normalized = normalizePassword(input.password);
      password = passwordColumns(await hasher.hash(normalized), normalized, clock.now());
    }
    const customValues = await prepareCustomValues(db, pool.id, customData, editor);
    const now = clock.now();
    const identityType = username ? "username" : email ? "email" : "phone";
    // The id is chosen here so the identity row can name it in the same single insert.
    const userId = randomUUID();
    const row: PreparedUser["row"] = {
      id: userId,
      userPoolId: pool.id,
      externalId,
      username,
      email,
      emailVerified: Boolean(email && input.verified?.email),
      phone,
      phoneCountryCode,
      phoneVerified: Boolean(phone && input.verified?.phone),
      passwordHash: password?.passwordHash ?? null,
      passwordLastSetAt: password ? now : null,
      passwordSecurityLevel: password?.passwordSecurityLevel ?? null,
      ...profile,
      userSourceType: input.source.type,
      userSourceId: input.source.id ?? null,
      createdAt: now,
      statusChangedAt: now,
      status: input.status ?? undefined,
      resetPasswordOnNextLogin: Boolean(password && input.resetPasswordOnNextLogin),
    };
    return {
      row,
      identity: {
        userId,
        userPoolId: pool.id,
        extIdpId: pool.id,
        provider: "authing",
        type: identityType,
        userIdInIdp: userId,
        originConnIds: [],
      },
      customValues: customValues.map((value) => ({ ...value, userId })),
    };
  }

  /**
   * Creates a user in one transaction (user, its password identity and custom values). Uniqueness is left to
   * the database's unique indexes, so concurrent sign-ups of one username give exactly one user.
   */
  async function createUser(
    pool: UserPool,
    input: NewUserInput,
    editor: "user" | "admin" = "user",
    /** Runs in the insert's transaction (an audit entry, say); hashing stays outside it. */
    afterInsert?: (tx: Prisma.TransactionClient, user: User) => Promise<void>,
  ): Promise<User> {
    const prepared = await prepareUser(pool, input, editor);
    const { userId: _user, ...identity } = prepared.identity;
    const data: Prisma.UserUncheckedCreateInput = {
      ...prepared.row,
      identities: { create: identity },
      customValues: prepared.customValues.length
        ? { create: prepared.customValues.map(({ userId: _id, ...value }) => value) }
        : undefined,
    };
    try {
      // The rows as one batch (BEGIN, an INSERT each, COMMIT): a nested create would read the user back as well.
      if (!afterInsert) {
        const [user] = await db.$transaction([
          db.user.create({ data: prepared.row }),
          db.identity.create({ data: prepared.identity }),
          ...(prepared.customValues.length ? [db.customFieldValue.createMany({ data: prepared.customValues })] : []),
        ]);
        return user;
      }
      return await db.$transaction(async (tx) => {
        const user = await tx.user.create({ data });
        await afterInsert(tx, user);
        return user;
      });
    } catch (error) {
      throw asUserExists(error);
    }
  }

  /** Finds an active or inactive user of the pool by a sign-in identifier; malformed identifiers find nobody. */
  async function findUserByAccount(pool: UserPool, lookup: AccountLookup): Promise<User | null> {
    // A free-form account may be any shape; a named kind must be well-formed (a typed error says which field).
    const candidates =
      lookup.kind === "account"
        ? accountCandidates(lookup.account)
        : [{ kind: lookup.kind, value: normalizers[lookup.kind](lookup.value) }];
    // Usernames are stored in lower case; a pair that differed only in case before that keeps its spelling.
    const typed = typedAccount(lookup);
    const usernames = (value: string) => [...new Set([value, typed])];
    const args: (string | null)[] = [pool.id];
    const param = (value: string) => `$${args.push(value)}`;
    const conditions: string[] = [];
    for (const candidate of candidates) {
      if (candidate.kind === "phone") {
        const countryCode = lookup.kind === "phone" ? lookup.phoneCountryCode : undefined;
        const code = normalizeCountryCode(countryCode, pool.defaultPhoneCountryCode);
        conditions.push(`(u."phone" = ${param(candidate.value)} AND u."phoneCountryCode" = ${param(code)})`);
      } else if (candidate.kind === "email") conditions.push(`u."email" = ${param(candidate.value)}`);
      else conditions.push(`u."username" IN (${usernames(candidate.value).map(param).join(", ")})`);
    }
    if (conditions.length === 0) return null;
    const users = await sql.query<User>(
      `SELECT u.* FROM "User" u WHERE u."userPoolId" = $1 AND (${conditions.join(" OR ")}) LIMIT 4`,
      args,
    );
    // One string can name different users as a phone, an email and a username; GenAuth's order decides.
    for (const candidate of candidates) {
      const match =
        candidate.kind === "username"
          ? (users.find((user) => user.username === typed) ?? users.find((user) => user.username === candidate.value))
          : users.find((user) => (candidate.kind === "phone" ? user.phone : user.email) === candidate.value);
      if (match) return match;
    }
    return null;
  }

  async function findUserById(userPoolId: string, userId: string): Promise<User | null> {
    return db.user.findFirst({ where: { id: userId, userPoolId } });
  }

  return { prepareUser, createUser, findUserByAccount, findUserById };
}

/** The account string as the caller typed it, whatever field carried it (NFKC, trimmed). */
export function typedAccount(lookup: AccountLookup): string {
  return (lookup.kind === "account" ? lookup.account : lookup.value).normalize("NFKC").trim();
}

const normalizers = { username: normalizeUsername, email: normalizeEmail, phone: normalizePhone };

/** A unique violation on a user row as the UserExistsError naming the taken identifier; other errors unchanged. */
export function asUserExists(error: unknown): unknown {
  return isUniqueViolation(error) ? new UserExistsError(takenField(uniqueViolationColumns(error))) : error;
}

function takenField(columns: string[]): "username" | "email" | "phone" | "externalId" {
  if (columns.includes("username")) return "username";
  if (columns.includes("email")) return "email";
  if (columns.includes("phone")) return "phone";
  return "externalId";
}

export type UserService = ReturnType<typeof createUserService>;
