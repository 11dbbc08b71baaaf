import type { TestGateway } from "./gateway.ts";
import type { NewUserInput } from "../../src/identity/users/user-service.ts";

export const defaultPassword = "a long enough passphrase";

/** Creates a user straight through the identity core (the GraphQL sign-up has its own tests). */
export async function createUser(gateway: TestGateway, fields: Partial<NewUserInput> = {}) {
  return gateway.identity.users.createUser(
    gateway.pool,
    { password: defaultPassword, source: { type: "adminCreated" }, ...fields },
    "admin",
  );
}
