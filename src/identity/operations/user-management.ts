// An administrator's changes to users as GenAuth's management API asks for them: a password that may arrive
// encrypted with the pool's key, a status and a password in the same update as the profile. Every input is
// checked before the first write, so a refused update changes nothing.
import type { User } from "../../generated/prisma/client.ts";
import type { UserStatus } from "../../generated/prisma/enums.ts";
import { adminActor, type Caller } from "../caller.ts";
import { checkPasswordPolicy } from "../credentials/password-policy.ts";
import type { PasswordEncryptType, PasswordTransport } from "../credentials/password-transport.ts";
import type { Db } from "../../db/index.ts";
import type { UsersBatchImport } from "../management/create-users-batch.ts";
import type { UserAdministration, UserUpdateInput } from "../management/user-admin.ts";
import type { NewUserInput } from "../users/user-service.ts";
import type { Nullable } from "./operation-types.ts";
import type { UserDirectory } from "./user-directory.ts";
import type { UserRef } from "./user-records.ts";

export type AdminNewUser = Omit<NewUserInput, "source">;

export interface AdminUserUpdate extends UserUpdateInput {
  status?: Nullable<UserStatus>;
  password?: Nullable<string>;
}

export function createUserManagement(deps: {
  db: Db;
  userAdmin: UserAdministration;
  usersBatch: UsersBatchImport;
  passwords: PasswordTransport;
  userDirectory: UserDirectory;
}) {
  const { db, userAdmin, usersBatch, passwords, userDirectory } = deps;

  async function poolOf(caller: Caller) {
    return db.userPool.findUniqueOrThrow({ where: { id: adminActor(caller).userPoolId } });
  }

  async function receivedPasswords<T extends { password?: Nullable<string> }>(
    caller: Caller,
    inputs: T[],
    encryptType: Nullable<PasswordEncryptType>,
  ): Promise<T[]> {
    if (!encryptType || encryptType === "none") return inputs;
    const pool = await poolOf(caller);
    return Promise.all(
      inputs.map(async (input) =>
        input.password
          ? { ...input, password: await passwords.receivePassword(pool, input.password, encryptType) }
          : input,
      ),
    );
  }

  async function createUser(caller: Caller, input: AdminNewUser, encryptType?: Nullable<PasswordEncryptType>) {
    const [received] = await receivedPasswords(caller, [input], encryptType);
    return userAdmin.createUser(adminActor(caller), received!);
  }

  async function createUsers(caller: Caller, inputs: AdminNewUser[], encryptType?: Nullable<PasswordEncryptType>) {
    return usersBatch.createUsersBatch(adminActor(caller), await receivedPasswords(caller, inputs, encryptType));
  }

  /** The profile, then the status, then the password (which signs the user out everywhere). */
  async function updateUser(
    caller: Caller,
    ref: UserRef,
    input: AdminUserUpdate,
    encryptType?: Nullable<PasswordEncryptType>,
  ): Promise<User> {
    const actor = adminActor(caller);
    const target = await userDirectory.findUser(caller, ref);
    const [received] = await receivedPasswords(caller, [input], encryptType);
    const { status, password, ...profile } = received!;
    if (password) {
      const pool = await poolOf(caller);
      checkPasswordPolicy(password, { minLength: pool.passwordMinLength, maxLength: pool.passwordMaxLength }, [
        profile.username ?? target.username,
        profile.email ?? target.email,
        profile.phone ?? target.phone,
      ]);
    }
    let user = await userAdmin.updateUser(actor, target.id, profile);
    if (status && status !== user.status) user = await userAdmin.setUserStatus(actor, target.id, status);
    if (password) {
      await userAdmin.resetUserPassword(actor, target.id, password, false);
      user = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    }
    return user;
  }

  return { createUser, createUsers, updateUser };
}

export type UserManagement = ReturnType<typeof createUserManagement>;
