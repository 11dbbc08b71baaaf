// GenAuth's authentication routes for the signed-in user's account (profile, password, email and phone bindings
// and changes, deletion), the signed-out password reset, and the user's own lists (roles, groups, departments,
// applications, sign-ins, identities, security). The user's token comes in `authorization`, bare or as Bearer.
import { z } from "@hono/zod-openapi";
import type { IssuedTicket } from "../identity/account/tickets.ts";
import type { Identity } from "../identity/index.ts";
import { groupDto, roleDto, userDepartmentDto } from "./management/dtos.ts";
import { passwordEncryptType } from "./management/user-inputs.ts";
import {
  booleanParam,
  integerParam,
  pageQuery,
  refuseUnsupported,
  type routeRegistrar,
  unsupported,
} from "./route-schemas.ts";
import { identityDto, userDto } from "./user-dto.ts";

const text = z.string().nullish();
const success = { success: true } as const;
const captcha = { captchaCode: text, captchaToken: text };
const emailProof = z.object({ email: text, passCode: z.string() });
const phoneProof = z.object({ phoneNumber: z.string(), phoneCountryCode: text, passCode: z.string() });

const ticketDto = (name: string, ticket: IssuedTicket) => ({ [name]: ticket.token, tokenExpiresIn: ticket.expiresIn });

/** A passcode proof as GenAuth's verify requests carry it: by email or by phone, as the method says. */
function passcodeProofOf(
  verifyMethod: "EMAIL_PASSCODE" | "PHONE_PASSCODE" | "PASSWORD",
  body: {
    emailPassCodePayload?: z.output<typeof emailProof> | null;
    phonePassCodePayload?: z.output<typeof phoneProof> | null;
  },
) {
  if (verifyMethod === "EMAIL_PASSCODE") return body.emailPassCodePayload ?? { passCode: "" };
  if (verifyMethod === "PHONE_PASSCODE") return body.phonePassCodePayload ?? { phoneNumber: "", passCode: "" };
  return {};
}

const appDto = ({ application, active }: { application: { appId: string; name: string }; active: boolean }) => ({
  appId: application.appId,
  appName: application.name,
  appLogo: "",
  appLoginUrl: "",
  active,
});

export function registerAccountRoutes(route: ReturnType<typeof routeRegistrar>, identity: Identity) {
  const { myAccount, myRecords } = identity;

  route.post(
    "/update-profile",
    z.object({
      name: text,
      nickname: text,
      photo: text,
      birthdate: text,
      country: text,
      province: text,
      city: text,
      address: text,
      streetAddress: text,
      postalCode: text,
      gender: z.enum(["M", "F", "U"]).nullish(),
      username: text,
      company: text,
      customData: z.record(z.string(), z.unknown()).nullish(),
      externalId: unsupported,
      identityNumber: unsupported,
    }),
    async (caller, body) => {
      // An external id maps the user to another system's record: only an administrator may set it.
      refuseUnsupported(body, ["externalId", "identityNumber"]);
      const { customData, externalId: _, identityNumber: __, ...profile } = body;
      if (customData) await myAccount.setCustomData(caller, { customData });
      return userDto(await myAccount.updateProfile(caller, { profile }));
    },
  );
  route.post(
    "/update-password",
    z.object({
      newPassword: z.string(),
      oldPassword: text,
      passwordEncryptType,
      passwordResetToken: unsupported,
      ...captcha,
    }),
    async (caller, body) => {
      refuseUnsupported(body, ["passwordResetToken"]);
      await myAccount.updatePassword(caller, body);
      return success;
    },
  );
  route.post("/bind-email", z.object({ email: z.string(), passCode: z.string() }), async (caller, body) => {
    await myAccount.bindEmail(caller, body);
    return success;
  });
  route.post("/unbind-email", z.object({ passCode: z.string() }), async (caller, body) => {
    await myAccount.unbindEmail(caller, body);
    return success;
  });
  route.post(
    "/bind-phone",
    z.object({ phoneNumber: z.string(), phoneCountryCode: text, passCode: z.string() }),
    async (caller, body) => {
      await myAccount.bindPhone(caller, body);
      return success;
    },
  );
  route.post("/unbind-phone", z.object({ passCode: z.string() }), async (caller, body) => {
    await myAccount.unbindPhone(caller, body);
    return success;
  });

  route.post(
    "/verify-update-email-request",
    z.object({
      verifyMethod: z.literal("EMAIL_PASSCODE"),
      emailPassCodePayload: z.object({
        newEmail: z.string(),
        newEmailPassCode: z.string(),
        oldEmail: text,
        oldEmailPassCode: text,
      }),
    }),
    async (caller, body) =>
      ticketDto("updateEmailToken", await myAccount.verifyUpdateEmailRequest(caller, body.emailPassCodePayload)),
  );
  route.post("/update-email", z.object({ updateEmailToken: z.string() }), async (caller, body) => {
    await myAccount.updateEmail(caller, body);
    return success;
  });
  route.post(
    "/verify-update-phone-request",
    z.object({
      verifyMethod: z.literal("PHONE_PASSCODE"),
      phonePassCodePayload: z.object({
        newPhoneNumber: z.string(),
        newPhonePassCode: z.string(),
        newPhoneCountryCode: text,
        oldPhoneNumber: text,
        oldPhonePassCode: text,
        oldPhoneCountryCode: text,
      }),
    }),
    async (caller, body) =>
      ticketDto("updatePhoneToken", await myAccount.verifyUpdatePhoneRequest(caller, body.phonePassCodePayload)),
  );
  route.post("/update-phone", z.object({ updatePhoneToken: z.string() }), async (caller, body) => {
    await myAccount.updatePhone(caller, body);
    return success;
  });

  route.post(
    "/verify-reset-password-request",
    z.object({
      verifyMethod: z.enum(["EMAIL_PASSCODE", "PHONE_PASSCODE"]),
      emailPassCodePayload: emailProof.nullish(),
      phonePassCodePayload: phoneProof.nullish(),
    }),
    async (caller, body) => {
      const proof = passcodeProofOf(body.verifyMethod, body);
      const ticket = await myAccount.verifyResetPasswordRequest(caller, {
        verifyMethod: body.verifyMethod,
        passCode: "",
        ...proof,
      });
      return ticketDto("passwordResetToken", ticket);
    },
  );
  route.post(
    "/reset-password",
    z.object({ password: z.string(), passwordResetToken: z.string(), passwordEncryptType }),
    async (caller, body) => {
      await myAccount.resetPassword(caller, body);
      return success;
    },
  );
  route.post(
    "/verify-delete-account-request",
    z.object({
      verifyMethod: z.enum(["EMAIL_PASSCODE", "PHONE_PASSCODE", "PASSWORD"]),
      emailPassCodePayload: emailProof.nullish(),
      phonePassCodePayload: phoneProof.nullish(),
      passwordPayload: z.object({ password: z.string(), passwordEncryptType }).nullish(),
      ...captcha,
    }),
    async (caller, body) => {
      const proof =
        body.verifyMethod === "PASSWORD"
          ? (body.passwordPayload ?? { password: "" })
          : passcodeProofOf(body.verifyMethod, body);
      const ticket = await myAccount.verifyDeleteAccountRequest(caller, { ...body, ...proof });
      return ticketDto("deleteAccountToken", ticket);
    },
  );
  route.post("/delete-account", z.object({ deleteAccountToken: z.string() }), async (caller, body) => {
    await myAccount.deleteAccount(caller, body);
    return success;
  });

  route.get("/get-my-role-list", z.object({ namespace: z.string().optional() }), async (caller, query) =>
    (await myRecords.myRoles(caller, query)).map(roleDto),
  );
  route.get("/get-my-group-list", z.object({}), async (caller) => (await myRecords.myGroups(caller)).map(groupDto));
  route.get(
    "/get-my-department-list",
    z.object({
      ...pageQuery,
      withCustomData: booleanParam,
      sortBy: z.enum(["JoinDepartmentAt"]).optional(),
      orderBy: z.enum(["Desc"]).optional(),
    }),
    async (caller, query) => {
      const page = await myRecords.myDepartmentPage(caller, query);
      return {
        totalCount: page.totalCount,
        list: page.list.map((membership) => userDepartmentDto(membership, page.mainDepartmentId)),
      };
    },
  );
  route.get("/get-my-accessible-apps", z.object({}), async (caller) =>
    (await myRecords.myApplications(caller)).map(appDto),
  );
  route.get("/get-my-logged-in-apps", z.object({}), async (caller) =>
    (await myRecords.myLoggedInApplications(caller)).map(appDto),
  );
  route.get(
    "/get-my-login-history",
    z.object({
      ...pageQuery,
      appId: z.string().optional(),
      clientIp: z.string().optional(),
      success: z.enum(["true", "false", "True", "False"]).optional(),
      start: integerParam,
      end: integerParam,
    }),
    async (caller, query) => {
      const page = await myRecords.myLoginHistory(caller, {
        ...query,
        success: query.success === undefined ? undefined : query.success.toLowerCase() === "true",
        start: query.start === undefined ? undefined : new Date(query.start),
        end: query.end === undefined ? undefined : new Date(query.end),
      });
      return {
        totalCount: page.totalCount,
        list: page.list.map((entry) => ({
          userId: page.user.id,
          appId: entry.application?.appId ?? "",
          appName: entry.application?.name ?? "",
          appLoginUrl: "",
          appLogo: "",
          loginAt: entry.createdAt.toISOString(),
          clientIp: entry.ip ?? "",
          success: entry.success,
          userAgent: entry.userAgent ?? "",
          parsedUserAgent: {},
          loginMethod: entry.method,
          geoip: {},
        })),
      };
    },
  );
  route.get("/get-identities", z.object({}), async (caller) => (await myRecords.myIdentities(caller)).map(identityDto));
  route.get("/get-security-info", z.object({}), async (caller) => myRecords.mySecurityInfo(caller));
}
