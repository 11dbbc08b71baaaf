import { assertTokenStillStands, sessionOfToken, tokenStandingColumns } from "../../identity/account/signed-in-user.ts";
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
      // One read serves both the check and the answer: the selection plus the columns the check needs. A deleted,
      // disabled or signed-out user's tokens stop working at once. The token's session comes in the same statement
      // (relation joins), so `me` is one read.
      const user = await context.identity.db.user.findUnique({
        ...query,
        select: { ...query.select, ...tokenStandingColumns, ...sessionOfToken(viewer) },
        where: { id: viewer.sub },
      });
      return assertTokenStillStands(context.identity.db, viewer, user, user?.sessions);
    },
  }),
}));
