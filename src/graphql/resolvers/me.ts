import { NotAuthenticatedError } from "../../identity/errors.ts";
import { builder } from "../builder.ts";

builder.queryFields((t) => ({
  me: t.prismaField({
    type: "User",
    description:
      "The signed-in user, from `Authorization: Bearer <access_token>` (or the bare token, as GenAuth's SDKs send it).",
    errors: { types: [NotAuthenticatedError] },
    resolve: async (query, _root, _args, context) => {
      const viewer = context.viewer;
      if (!viewer) throw new NotAuthenticatedError("missing");
      const user = await context.identity.db.user.findFirst({
        ...query,
        where: { id: viewer.sub, userPoolId: viewer.userPoolId },
      });
      // A deleted or disabled user's tokens stop working at once, not when they expire.
      if (!user || user.status !== "Activated") throw new NotAuthenticatedError("revoked");
      return user;
    },
  }),
}));
