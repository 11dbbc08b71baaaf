// `User` as an Apollo Federation entity keyed by `userId`: other subgraphs return users by id and the router asks
// this gateway for their fields. The references of one request are read in one statement (a DataLoader per
// request and selection), filtered to the users the caller may read.
import { createContextCache } from "@pothos/core";
import { queryFromInfo } from "@pothos/plugin-prisma";
import DataLoader from "dataloader";
import type { Prisma, User } from "../../generated/prisma/client.ts";
import { referencedUsersWhere } from "../../identity/operations/user-references.ts";
import { builder } from "../builder.ts";
import type { GraphQLContext } from "../context.ts";
import { UserType } from "./user.ts";

type UserQuery = { select?: Prisma.UserSelect; include?: Prisma.UserInclude };

const referenceLoaders = createContextCache(() => new Map<string, DataLoader<string, User | null>>());

function referenceLoader(context: GraphQLContext, query: UserQuery) {
  const loaders = referenceLoaders(context);
  // Every reference of one `_entities` call has the same selection: one loader, one statement.
  const key = JSON.stringify(query);
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader<string, User | null>(
      async (userIds) => {
        const where = referencedUsersWhere(context, userIds);
        if (!where) return userIds.map(() => null);
        const select = query.select ? { ...query.select, id: true } : undefined;
        const rows = (await context.identity.db.user.findMany({ ...query, select, where } as never)) as User[];
        const byId = new Map(rows.map((row) => [row.id, row]));
        return userIds.map((userId) => byId.get(userId) ?? null);
      },
      // A router may name thousands at once; PostgreSQL takes at most 65,535 parameters a statement.
      { maxBatchSize: 1000 },
    );
    loaders.set(key, loader);
  }
  return loader;
}

builder.asEntity(UserType, {
  key: builder.selection<{ userId: string }>("userId"),
  resolveReference: ({ userId }, context, info) =>
    referenceLoader(context, queryFromInfo({ context, info, typeName: "User" }) as UserQuery).load(userId),
});
