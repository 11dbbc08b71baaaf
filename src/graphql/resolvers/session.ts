// Token lifecycle for the end user: refresh (rotation), logout, checkLoginStatus.
import { InvalidGrantError, InvalidInputError, NotAuthenticatedError, UnknownApplicationError } from "../../identity/errors.ts";
import { loadSignedInUser } from "../../identity/account/signed-in-user.ts";
import { checkLoginStatus, type LoginStatus } from "../../identity/tokens/login-status.ts";
import { builder } from "../builder.ts";
import { SuccessType } from "../types/passcodes.ts";
import { TokenSetType } from "../types/token-set.ts";

const LoginStatusType = builder.objectRef<LoginStatus>("LoginStatus").implement({
  fields: (t) => ({
    active: t.exposeBoolean("active"),
    reason: t.exposeString("reason", { nullable: true, description: "invalid | expired | revoked when not active." }),
    sub: t.exposeString("sub", { nullable: true }),
    clientId: t.exposeString("clientId", { nullable: true }),
    scope: t.exposeString("scope", { nullable: true }),
    iat: t.exposeInt("iat", { nullable: true }),
    exp: t.exposeInt("exp", { nullable: true }),
  }),
});

builder.mutationFields((t) => ({
  refreshToken: t.field({
    type: TokenSetType,
    description:
      "Exchanges a refresh token (scope offline_access) for a new token set; the presented token is spent. " +
      "Presenting a spent token again revokes its whole session.",
    errors: { types: [InvalidGrantError, UnknownApplicationError, InvalidInputError] },
    args: { refreshToken: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const { application } = await context.application();
      if (!args.refreshToken.trim() || args.refreshToken.length > 512) {
        throw new InvalidInputError("refreshToken", "input.required", { field: "refreshToken" });
      }
      const { tokenSet } = await context.identity.tokens.refreshTokenSet(application, args.refreshToken);
      return tokenSet;
    },
  }),
  logout: t.field({
    type: SuccessType,
    description: "Ends the session of the presented access token: it and its refresh tokens stop working at once.",
    errors: { types: [NotAuthenticatedError] },
    resolve: async (_root, _args, context) => {
      await loadSignedInUser(context.identity.db, context.viewer);
      if (context.viewer?.sid) await context.identity.tokens.revokeSession(context.viewer.sid);
      return { success: true } as const;
    },
  }),
}));

builder.queryFields((t) => ({
  checkLoginStatus: t.field({
    type: LoginStatusType,
    description: "Whether an access token is accepted right now (signature, expiry, session, user status).",
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => checkLoginStatus(context.identity.db, context.identity.tokens, args.token),
  }),
}));
