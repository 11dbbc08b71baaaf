import {
  assertTokenStillStands,
  readSignedInUserColumns,
  sessionOfToken,
  sessionStandsIn,
  tokenStandingColumns,
  userColumnsOf,
} from "../../identity/account/signed-in-user.ts";
import type { User } from "../../generated/prisma/client.ts";
import { NotAuthenticatedError } from "../../identity/errors.ts";
import { builder } from "../builder.ts";
import { viewerOf } from "../signed-in.ts";

builder.queryFields((t) => ({
  me: t.prismaField({
    type: "User",
    description:
      "The signed-in user, from `Authorization: Bearer <access_token>` (or the bare token, as GenAuth's SDKs send it).",
    errors: { types: [NotAuthenticatedError] },
    resolve: async (query, _root, _args, context) => {
      const viewer = viewerOf(context);
      const { db, sql } = context.identity;
      // One read serves both the check and the answer: the selection plus the columns the check needs, and the
      // token's session. A deleted, disabled or signed-out user's tokens stop working at once.
      // A selection of columns only is read with plain SQL; the row holds every selected column, all Pothos reads.
      const columns = query.select && !query.include ? userColumnsOf(query.select) : null;
      if (columns) return (await readSignedInUserColumns(sql, db, viewer, columns)) as User;
      const user = await db.user.findUnique({
        ...query,
        select: { ...query.select, ...tokenStandingColumns, ...sessionOfToken(viewer) },
        where: { id: viewer.sub },
      });
      return assertTokenStillStands(db, viewer, user, user ? sessionStandsIn(user.sessions) : undefined);
    },
  }),
}));
