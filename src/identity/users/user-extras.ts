// What GenAuth's user reads attach on request (withCustomData, withDepartmentIds, withIdentities), loaded for a
// whole page of users in one query per kind: a list never reads per user.
import type { Db } from "../../db/index.ts";
import type { Identity as ExternalIdentity } from "../../generated/prisma/client.ts";
import { fromColumns } from "./custom-data.ts";

export interface UserExtrasInput {
  withCustomData?: boolean | null;
  withDepartmentIds?: boolean | null;
  withIdentities?: boolean | null;
}

export interface UserExtras {
  customData?: Record<string, unknown>;
  departmentIds?: string[];
  identities?: ExternalIdentity[];
}

/** Each user's extras, by user id; a kind not asked for is absent. */
export async function loadUserExtras(
  db: Db,
  userIds: string[],
  input: UserExtrasInput,
): Promise<Map<string, UserExtras>> {
  const [customValues, memberships, identities] = await Promise.all([
    input.withCustomData
      ? db.customFieldValue.findMany({
          where: { userId: { in: userIds } },
          include: { definition: { select: { key: true, dataType: true } } },
        })
      : null,
    input.withDepartmentIds
      ? db.departmentMember.findMany({
          where: { userId: { in: userIds } },
          select: { userId: true, departmentId: true },
          orderBy: [{ createdAt: "asc" }, { departmentId: "asc" }],
        })
      : null,
    input.withIdentities ? db.identity.findMany({ where: { userId: { in: userIds } } }) : null,
  ]);
  const extras = new Map<string, UserExtras>(
    userIds.map((id) => [
      id,
      {
        customData: customValues ? {} : undefined,
        departmentIds: memberships ? [] : undefined,
        identities: identities ? [] : undefined,
      },
    ]),
  );
  for (const value of customValues ?? [])
    extras.get(value.userId)!.customData![value.definition.key] = fromColumns(value.definition.dataType, value);
  for (const membership of memberships ?? [])
    extras.get(membership.userId)!.departmentIds!.push(membership.departmentId);
  for (const identity of identities ?? []) extras.get(identity.userId)!.identities!.push(identity);
  return extras;
}
