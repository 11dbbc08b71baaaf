// A confirmed second factor as its owner and administrators see it: what it is and when it was used, never its
// secret. `User.mfaFactors` lists them.
import { builder } from "../builder.ts";
import { UserType } from "./user.ts";

export const MfaFactorKindEnum = builder.enumType("MfaFactorType", {
  description: "GenAuth's factor types: OTP is an authenticator app (TOTP).",
  values: ["OTP", "SMS", "EMAIL", "WEBAUTHN"] as const,
});

export const MfaFactorType = builder.prismaObject("MfaFactor", {
  name: "MfaFactor",
  select: { id: true },
  fields: (t) => ({
    factorId: t.exposeID("id"),
    factorType: t.expose("type", { type: MfaFactorKindEnum }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    confirmedAt: t.expose("confirmedAt", { type: "DateTime", nullable: true }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
    name: t.exposeString("name", { nullable: true, description: "A passkey's name, as its owner gave it." }),
  }),
});

builder.prismaObjectField(UserType, "mfaFactors", (t) =>
  t.relation("mfaFactors", {
    description: "The second factors the user enrolled (confirmed ones), oldest first.",
    query: { where: { confirmedAt: { not: null } }, orderBy: { createdAt: "asc" } },
  }),
);
