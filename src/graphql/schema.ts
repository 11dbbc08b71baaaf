// Imports every type and resolver module (each registers itself) and builds the schema once.
import { builder } from "./builder.ts";
import "./scalars.ts";
import "./types/errors.ts";
import "./types/user.ts";
import "./types/user-entity.ts";
import "./types/token-set.ts";
import "./types/inputs.ts";
import "./resolvers/sign-up.ts";
import "./resolvers/sign-in.ts";
import "./types/passcodes.ts";
import "./resolvers/me.ts";
import "./resolvers/passcodes.ts";
import "./resolvers/passcode-auth.ts";
import "./resolvers/account.ts";
import "./resolvers/session.ts";
import "./resolvers/system-info.ts";
import "./types/organization.ts";
import "./resolvers/management-users.ts";
import "./resolvers/management-user-admin.ts";
import "./resolvers/management-roles.ts";
import "./resolvers/management-departments.ts";
import "./resolvers/management-groups.ts";
import "./resolvers/management-access-keys.ts";
import "./resolvers/management-applications.ts";
import "./resolvers/management-custom-fields.ts";
import "./resolvers/my-lists.ts";

export const schema = builder.toSchema();
