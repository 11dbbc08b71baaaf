// GenAuth's get-admin-audit-logs over the pool's audit log. GenAuth's vocabulary (operationType, resourceType)
// is translated both ways: each action here is `<record>.<verb>` ("role.assign"), its record a resource type and
// its verb an operation type. Only changes that took effect are recorded, so `success: false` finds none.
import { z } from "@hono/zod-openapi";
import type { AuditLog } from "../../generated/prisma/client.ts";
import type { Identity } from "../../identity/index.ts";
import type { routeRegistrar } from "../route-schemas.ts";

const operationOfVerb: Record<string, string> = {
  create: "create",
  update: "update",
  delete: "delete",
  addMembers: "add",
  removeMembers: "remove",
  assign: "add",
  revoke: "remove",
  rotateSecret: "refresh",
  kick: "update",
  resetPassword: "update",
  setStatus: "update",
  setCustomData: "update",
  setDepartments: "update",
  setMainDepartment: "update",
};
const resourceOfRecord: Record<string, string> = {
  user: "user",
  USER: "user",
  role: "role",
  namespace: "resourceNamespace",
  group: "userGroup",
  organization: "org",
  department: "org",
  application: "application",
  accessKey: "userpool",
  customField: "userpool",
};

const keysWith = (table: Record<string, string>, value: string) =>
  Object.entries(table)
    .filter(([, mapped]) => mapped === value)
    .map(([key]) => key);

function auditLogDto(entry: AuditLog) {
  const [record = "", verb = ""] = entry.action.split(".");
  return {
    adminUserId: entry.actorId ?? "",
    adminUserAvatar: "",
    adminUserDisplayName: entry.actorId ?? entry.actorType,
    clientIp: entry.ip ?? "",
    operationType: operationOfVerb[verb] ?? "update",
    resourceType: resourceOfRecord[entry.targetType ?? record] ?? "userpool",
    eventDetails: entry.action,
    operationParam: entry.targetId ?? "",
    originValue: entry.before === null ? "" : JSON.stringify(entry.before),
    targetValue: entry.after === null ? "" : JSON.stringify(entry.after),
    success: true,
    userAgent: "",
    ua: {},
    geoip: {},
    timestamp: entry.createdAt.toISOString(),
    requestId: entry.requestId ?? "",
  };
}

export function registerAuditLogRoutes(route: ReturnType<typeof routeRegistrar>, identity: Identity) {
  route.post(
    "/get-admin-audit-logs",
    z.object({
      requestId: z.string().nullish(),
      clientIp: z.string().nullish(),
      operationType: z.string().nullish(),
      resourceType: z.string().nullish(),
      userId: z.string().nullish(),
      success: z.boolean().nullish(),
      start: z.number().int().nullish(),
      end: z.number().int().nullish(),
      pagination: z
        .object({ page: z.coerce.number().int().nullish(), limit: z.coerce.number().int().nullish() })
        .nullish(),
    }),
    async (caller, body) => {
      if (body.success === false) return { totalCount: 0, list: [] };
      const operation = body.operationType && body.operationType !== "all" ? body.operationType : null;
      const resource = body.resourceType && body.resourceType !== "all" ? body.resourceType : null;
      const page = await identity.poolRecords.auditLogPage(caller, {
        requestId: body.requestId,
        ip: body.clientIp,
        actorId: body.userId,
        verbs: operation ? keysWith(operationOfVerb, operation) : null,
        targetTypes: resource ? keysWith(resourceOfRecord, resource) : null,
        start: body.start == null ? null : new Date(body.start),
        end: body.end == null ? null : new Date(body.end),
        page: body.pagination?.page,
        limit: body.pagination?.limit,
      });
      return { totalCount: page.totalCount, list: page.list.map(auditLogDto) };
    },
  );
}
