import type { SignedIn } from "../../identity/authentication.ts";
import type { TokenSet } from "../../identity/tokens/token-service.ts";
import { builder } from "../builder.ts";
import { answerProvenUser } from "../loaded-row.ts";
import { UserType } from "./user.ts";

export const TokenSetType = builder.objectRef<TokenSet>("TokenSet").implement({
  description: "OAuth 2.0 / OIDC token set, field names as on the wire.",
  fields: (t) => ({
    scope: t.exposeString("scope"),
    access_token: t.exposeString("access_token"),
    id_token: t.string({ resolve: (set) => set.idToken() }),
    refresh_token: t.exposeString("refresh_token", {
      nullable: true,
      description: "Only when the scope includes offline_access.",
    }),
    token_type: t.exposeString("token_type"),
    expire_in: t.exposeInt("expire_in", { description: "Seconds until the access token expires." }),
  }),
});

export const SignInSuccessType = builder.objectRef<SignedIn>("SignInSuccess").implement({
  fields: (t) => ({
    tokenSet: t.field({ type: TokenSetType, resolve: (signedIn) => signedIn.tokenSet }),
    user: t.prismaField({
      type: UserType,
      resolve: (query, signedIn, _args, context) => answerProvenUser(context, query, signedIn.user),
    }),
  }),
});
