// Administrator fields for custom user fields and their values.
import type { CustomFieldDefinition } from "../../generated/prisma/client.ts";
import { ResourceExistsError, ResourceNotFoundError, UserNotFoundError } from "../../identity/errors.ts";
import { actorOf, adminErrors } from "../admin.ts";
import { builder } from "../builder.ts";
import { SuccessType } from "../types/passcodes.ts";

const customFieldErrors = [...adminErrors, ResourceNotFoundError, ResourceExistsError];

const CustomFieldDataTypeEnum = builder.enumType("CustomFieldDataType", {
  values: ["STRING", "NUMBER", "BOOLEAN", "DATETIME"] as const,
});

const CustomFieldType = builder.objectRef<CustomFieldDefinition>("CustomField").implement({
  description:
    "A typed field the pool adds to its users; values appear in User.customData and the extended_fields claim.",
  fields: (t) => ({
    key: t.exposeString("key"),
    label: t.exposeString("label"),
    dataType: t.field({ type: CustomFieldDataTypeEnum, resolve: (field) => field.dataType }),
    userEditable: t.exposeBoolean("userEditable", {
      description: "Whether users may set their own value with setCustomData.",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.queryFields((t) => ({
  customFields: t.field({
    type: [CustomFieldType],
    authScopes: { admin: true },
    errors: { types: customFieldErrors },
    resolve: (_root, _args, context) => context.identity.customFieldAdmin.listCustomFields(actorOf(context)),
  }),
}));

builder.mutationFields((t) => ({
  createCustomField: t.field({
    type: CustomFieldType,
    description: "Declares a custom user field (at most 100 per pool); its type cannot change later.",
    authScopes: { admin: true },
    errors: { types: customFieldErrors },
    args: {
      key: t.arg.string({ required: true }),
      label: t.arg.string({ required: true }),
      dataType: t.arg({ type: CustomFieldDataTypeEnum, required: true }),
      userEditable: t.arg.boolean({ defaultValue: false }),
    },
    resolve: (_root, args, context) => context.identity.customFieldAdmin.createCustomField(actorOf(context), args),
  }),
  updateCustomField: t.field({
    type: CustomFieldType,
    authScopes: { admin: true },
    errors: { types: customFieldErrors },
    args: { key: t.arg.string({ required: true }), label: t.arg.string(), userEditable: t.arg.boolean() },
    resolve: (_root, { key, ...input }, context) =>
      context.identity.customFieldAdmin.updateCustomField(actorOf(context), key, input),
  }),
  deleteCustomField: t.field({
    type: SuccessType,
    description: "Deletes the field and every user's value of it.",
    authScopes: { admin: true },
    errors: { types: customFieldErrors },
    args: { key: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      await context.identity.customFieldAdmin.deleteCustomField(actorOf(context), args.key);
      return { success: true } as const;
    },
  }),
  setUserCustomData: t.prismaField({
    type: "User",
    description: "Sets (null: removes) a user's custom values, any field; wrong keys or types change nothing.",
    authScopes: { admin: true },
    errors: { types: [...customFieldErrors, UserNotFoundError] },
    args: { userId: t.arg.string({ required: true }), customData: t.arg({ type: "JSONObject", required: true }) },
    resolve: async (query, _root, args, context) => {
      const user = await context.identity.customFieldAdmin.setUserCustomData(
        actorOf(context),
        args.userId,
        args.customData,
      );
      return context.identity.db.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
}));
