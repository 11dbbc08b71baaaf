// A page of one user's sign-ins, newest first, optionally of one application, address, outcome or period: the
// administrator's read of any user and the user's own read of theirs are this one query.
import type { Db } from "../../db/index.ts";
import type { Nullable } from "./operation-types.ts";
import { type PageInput, pageOf } from "./paging.ts";

export interface LoginHistoryFilter extends PageInput {
  appId?: Nullable<string>;
  clientIp?: Nullable<string>;
  success?: Nullable<boolean>;
  start?: Nullable<Date>;
  end?: Nullable<Date>;
}

export async function loginHistoryPage(db: Db, userId: string, filter: LoginHistoryFilter) {
  const where = {
    userId,
    ...(filter.appId ? { application: { appId: filter.appId } } : {}),
    ...(filter.clientIp ? { ip: filter.clientIp } : {}),
    success: filter.success ?? undefined,
    createdAt: { gte: filter.start ?? undefined, lte: filter.end ?? undefined },
  };
  const [totalCount, list] = await Promise.all([
    db.loginHistory.count({ where }),
    db.loginHistory.findMany({
      where,
      include: { application: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageOf(filter),
    }),
  ]);
  return { totalCount, list };
}
