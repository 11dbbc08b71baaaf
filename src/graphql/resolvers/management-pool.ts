// The user pool's own settings for its administrators: the MFA policy the pool's applications follow unless they
// have their own (updateApplication's mfaPolicy).
import { actorOf, adminErrors } from "../admin.ts";
import { builder } from "../builder.ts";

const PoolMfaPolicyEnum = builder.enumType("PoolMfaPolicy", {
  description: "Second factors at sign-in, for every application of the pool whose mfaPolicy is POOL.",
  values: {
    OFF: { description: "Never asked." },
    OPTIONAL: { description: "Asked of the users who enrolled a factor (the default)." },
    REQUIRED: { description: "Asked of everyone; users without a factor enrol one at their next sign-in." },
  } as const,
});

const UserPoolSettingsType = builder
  .objectRef<{ mfaPolicy: "OFF" | "OPTIONAL" | "REQUIRED" }>("UserPoolSettings")
  .implement({
    fields: (t) => ({ mfaPolicy: t.field({ type: PoolMfaPolicyEnum, resolve: (settings) => settings.mfaPolicy }) }),
  });

const UpdateUserPoolSettingsInput = builder.inputType("UpdateUserPoolSettingsInput", {
  fields: (t) => ({ mfaPolicy: t.field({ type: PoolMfaPolicyEnum }) }),
});

builder.queryFields((t) => ({
  userPoolSettings: t.field({
    type: UserPoolSettingsType,
    authScopes: { admin: true },
    errors: { types: adminErrors },
    resolve: (_root, _args, context) => context.identity.poolSettings.poolSettings(actorOf(context)),
  }),
}));

builder.mutationFields((t) => ({
  updateUserPoolSettings: t.field({
    type: UserPoolSettingsType,
    description: "Changes the pool's settings (audited as userPool.update); each gateway process sees them at once.",
    authScopes: { admin: true },
    errors: { types: adminErrors },
    args: { input: t.arg({ type: UpdateUserPoolSettingsInput, required: true }) },
    resolve: (_root, args, context) => context.identity.poolSettings.updatePoolSettings(actorOf(context), args.input),
  }),
}));
