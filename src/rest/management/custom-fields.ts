// GenAuth's management routes for custom fields and custom data. Only user fields exist here (GenAuth's ROLE,
// GROUP and DEPARTMENT targets are refused), of the types string, number, boolean and datetime; encryption,
// uniqueness, option lists, validation rules and translations are refused by name.
import { z } from "@hono/zod-openapi";
import { adminActor } from "../../identity/caller.ts";
import type { Identity } from "../../identity/index.ts";
import { refuseUnsupported, type routeRegistrar, unsupported } from "../route-schemas.ts";
import { customFieldDto } from "./dtos.ts";

const success = { success: true } as const;
const targetType = z.enum(["USER", "ROLE", "GROUP", "DEPARTMENT"]);
const notHere = [
  "encrypted",
  "isUnique",
  "validateRules",
  "appIds",
  "desensitization",
  "options",
  "i18n",
  "description",
];

function refuseOtherTargets(values: { targetType?: string | null }) {
  refuseUnsupported({ targetType: values.targetType === "USER" ? null : values.targetType }, ["targetType"]);
}

export function registerCustomFieldRoutes(route: ReturnType<typeof routeRegistrar>, identity: Identity) {
  const { customFieldAdmin, userRecords } = identity;

  route.get("/get-custom-fields", z.object({ targetType, tenantId: z.string().optional() }), async (caller, query) => {
    refuseOtherTargets(query);
    refuseUnsupported(query, ["tenantId"]);
    return (await customFieldAdmin.listCustomFields(adminActor(caller))).map(customFieldDto);
  });
  route.post(
    "/set-custom-fields",
    z.object({
      list: z.array(
        z.object({
          targetType,
          key: z.string(),
          dataType: z.enum(["STRING", "NUMBER", "DATETIME", "BOOLEAN", "ENUM"]).nullish(),
          label: z.string().nullish(),
          userEditable: z.boolean().nullish(),
          visibleInAdminConsole: z.boolean().nullish(),
          visibleInUserCenter: z.boolean().nullish(),
          ...Object.fromEntries(notHere.map((field) => [field, unsupported])),
        }),
      ),
      tenantId: unsupported,
    }),
    async (caller, body) => {
      refuseUnsupported(body, ["tenantId"]);
      const list = body.list.map((entry) => {
        refuseOtherTargets(entry);
        refuseUnsupported(
          {
            ...entry,
            dataType: entry.dataType === "ENUM" ? entry.dataType : null,
            visibleInAdminConsole: entry.visibleInAdminConsole === false,
          },
          ["dataType", "visibleInAdminConsole", ...notHere],
        );
        return {
          ...entry,
          dataType: entry.dataType as Exclude<typeof entry.dataType, "ENUM">,
          userEditable: entry.userEditable ?? entry.visibleInUserCenter,
        };
      });
      return (await customFieldAdmin.setCustomFields(adminActor(caller), list)).map(customFieldDto);
    },
  );
  route.post(
    "/set-custom-data",
    z.object({
      targetType,
      targetIdentifier: z.string(),
      list: z.array(z.object({ key: z.string(), value: z.unknown(), tenantId: unsupported })),
      namespace: unsupported,
      tenantId: unsupported,
    }),
    async (caller, body) => {
      refuseOtherTargets(body);
      refuseUnsupported(body, ["namespace", "tenantId"]);
      const values = Object.fromEntries(body.list.map((entry) => [entry.key, entry.value ?? null]));
      await customFieldAdmin.setUserCustomData(adminActor(caller), body.targetIdentifier, values);
      return success;
    },
  );
  route.get(
    "/get-custom-data",
    z.object({
      targetType,
      targetIdentifier: z.string(),
      namespace: z.string().optional(),
      tenantId: z.string().optional(),
    }),
    async (caller, query) => {
      refuseOtherTargets(query);
      refuseUnsupported(query, ["namespace", "tenantId"]);
      const record = await userRecords.getUser(caller, { userId: query.targetIdentifier }, { withCustomData: true });
      return record.extras.customData ?? {};
    },
  );
}
