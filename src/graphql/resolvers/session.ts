// Token lifecycle for the end user: refresh (rotation), logout, checkLoginStatus.
import {
  InvalidClientError,
  InvalidGrantError,
  InvalidInputError,
  NotAuthenticatedError,
  UnknownApplicationError,
} from "../../identity/errors.ts";
import type { Introspection } from "../../identity/tokens/introspection.ts";
import type { LoginStatus } from "../../identity/tokens/login-status.ts";
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
    resolve: (_root, args, context) => context.identity.tokenLifecycle.refreshToken(context, args),
  }),
  logout: t.field({
    type: SuccessType,
    description:
      "Ends the session of the presented access token: it and its refresh tokens stop working at once. " +
      "With everywhere: true, every session of the user ends and every access token issued before now is refused.",
    errors: { types: [NotAuthenticatedError] },
    args: { everywhere: t.arg.boolean({ defaultValue: false }) },
    resolve: async (_root, args, context) => {
      await context.identity.tokenLifecycle.logout(context, args);
      return { success: true } as const;
    },
  }),
}));

builder.queryFields((t) => ({
  checkLoginStatus: t.field({
    type: LoginStatusType,
    description: "Whether an access token is accepted right now (signature, expiry, session, user status).",
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => context.identity.tokenLifecycle.loginStatus(context, args),
  }),
}));

const TokenTypeHintEnum = builder.enumType("TokenTypeHint", { values: ["access_token", "refresh_token"] as const });

const IntrospectionType = builder.objectRef<Introspection>("TokenIntrospection").implement({
  description: "RFC 7662: `active` and, for an active token, its claims.",
  fields: (t) => ({
    active: t.exposeBoolean("active"),
    sub: t.exposeString("sub", { nullable: true }),
    scope: t.exposeString("scope", { nullable: true }),
    exp: t.exposeInt("exp", { nullable: true }),
    iat: t.exposeInt("iat", { nullable: true }),
    client_id: t.exposeString("client_id", { nullable: true }),
    token_type: t.exposeString("token_type", { nullable: true }),
    aud: t.exposeString("aud", { nullable: true }),
    iss: t.exposeString("iss", { nullable: true }),
    jti: t.exposeString("jti", { nullable: true }),
    sid: t.exposeString("sid", { nullable: true }),
  }),
});

builder.mutationFields((t) => ({
  revokeToken: t.field({
    type: SuccessType,
    description:
      "RFC 7009: revokes the grant of an access or refresh token issued to the calling application (its session " +
      "and every token of it). Needs the application's secret (x-authing-app-secret or HTTP Basic) unless it is public.",
    errors: { types: [InvalidClientError, UnknownApplicationError] },
    args: { token: t.arg.string({ required: true }), tokenTypeHint: t.arg({ type: TokenTypeHintEnum }) },
    resolve: async (_root, args, context) => {
      await context.identity.tokenLifecycle.revokeToken(context, args);
      return { success: true } as const;
    },
  }),
}));

builder.queryFields((t) => ({
  introspectToken: t.field({
    type: IntrospectionType,
    description:
      "RFC 7662 for the calling application's tokens. Needs its secret (x-authing-app-secret or HTTP Basic) unless it is public.",
    errors: { types: [InvalidClientError, UnknownApplicationError] },
    args: { token: t.arg.string({ required: true }), tokenTypeHint: t.arg({ type: TokenTypeHintEnum }) },
    resolve: (_root, args, context) => context.identity.tokenLifecycle.introspectToken(context, args),
  }),
}));
