// Administrator fields for the pool's access keys (AK/SK).
import { LastAccessKeyError, ResourceNotFoundError } from "../../identity/errors.ts";
import type { AccessKey } from "../../generated/prisma/client.ts";
import { actorOf, adminErrors } from "../admin.ts";
import { builder } from "../builder.ts";
import { SuccessType } from "../types/passcodes.ts";

const accessKeyErrors = [...adminErrors, ResourceNotFoundError, LastAccessKeyError];

const AccessKeyStatusEnum = builder.enumType("AccessKeyStatus", { values: ["ACTIVE", "DISABLED"] as const });

const AccessKeyType = builder.objectRef<AccessKey>("AccessKey").implement({
  fields: (t) => ({
    accessKeyId: t.exposeString("accessKeyId"),
    status: t.field({ type: AccessKeyStatusEnum, resolve: (key) => key.status }),
    signsRequests: t.boolean({
      description: "Whether requests signed with this key can be verified (its secret was sealed under SECRETS_KEY).",
      resolve: (key) => key.secretSealed !== null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
  }),
});

const CreatedAccessKeyType = builder
  .objectRef<{ accessKey: AccessKey; accessKeySecret: string }>("CreatedAccessKey")
  .implement({
    fields: (t) => ({
      accessKey: t.field({ type: AccessKeyType, resolve: (created) => created.accessKey }),
      accessKeySecret: t.exposeString("accessKeySecret", {
        description: "Shown this once; the gateway keeps only a digest (and a sealed copy).",
      }),
    }),
  });

builder.queryFields((t) => ({
  accessKeys: t.field({
    type: [AccessKeyType],
    authScopes: { admin: true },
    errors: { types: accessKeyErrors },
    resolve: (_root, _args, context) => context.identity.accessKeys.listAccessKeys(actorOf(context)),
  }),
}));

builder.mutationFields((t) => ({
  createAccessKey: t.field({
    type: CreatedAccessKeyType,
    authScopes: { admin: true },
    errors: { types: accessKeyErrors },
    resolve: (_root, _args, context) => context.identity.accessKeys.createAccessKey(actorOf(context)),
  }),
  updateAccessKeyStatus: t.field({
    type: AccessKeyType,
    description: "Disables or re-enables a key; a disabled key's management tokens and signatures are refused at once.",
    authScopes: { admin: true },
    errors: { types: accessKeyErrors },
    args: {
      accessKeyId: t.arg.string({ required: true }),
      status: t.arg({ type: AccessKeyStatusEnum, required: true }),
    },
    resolve: (_root, args, context) =>
      context.identity.accessKeys.setAccessKeyStatus(actorOf(context), args.accessKeyId, args.status),
  }),
  deleteAccessKey: t.field({
    type: SuccessType,
    authScopes: { admin: true },
    errors: { types: accessKeyErrors },
    args: { accessKeyId: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      await context.identity.accessKeys.deleteAccessKey(actorOf(context), args.accessKeyId);
      return { success: true } as const;
    },
  }),
}));
