import { loadSignedInUser } from "../../identity/account/signed-in-user.ts";
import { builder } from "../builder.ts";
import { NotAuthenticatedError } from "../../identity/errors.ts";

builder.queryFields((t) => ({
  me: t.prismaField({
    type: "User",
    description:
      "The signed-in user, from `Authorization: Bearer <access_token>` (or the bare token, as GenAuth's SDKs send it).",
    errors: { types: [NotAuthenticatedError] },
    resolve: async (query, _root, _args, context) => {
      // A deleted, disabled or signed-out user's tokens stop working at once, not when they expire.
      const user = await loadSignedInUser(context.identity.db, context.viewer);
      return context.identity.db.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
}));
