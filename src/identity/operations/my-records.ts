// The signed-in user's own lists as whole records, for adapters that answer every field at once (GenAuth's REST
// authentication API): roles, groups and departments (the same specs GraphQL reads), the applications they may
// use and those they are signed in to, their sign-ins, external identities and how well the account is secured.
import type { Db } from "../../db/index.ts";
import type { Clock } from "../clock.ts";
import { type LoginHistoryFilter, loginHistoryPage } from "./login-history-page.ts";
import type { MyResourceOperations } from "./my-resources.ts";
import type { Nullable } from "./operation-types.ts";
import { type PageInput, pageOf } from "./paging.ts";
import type { SignedInCaller, SignedInOperations } from "./signed-in.ts";

export function createMyRecords({
  db,
  clock,
  signedIn,
  myResources,
}: {
  db: Db;
  clock: Clock;
  signedIn: SignedInOperations;
  myResources: MyResourceOperations;
}) {
  async function myRoles(caller: SignedInCaller, input: { namespace?: Nullable<string> }) {
    const spec = await myResources.myRoles(caller, input);
    return db.role.findMany({ ...spec, include: { namespace: true } });
  }

  async function myGroups(caller: SignedInCaller) {
    return db.group.findMany(await myResources.myGroups(caller));
  }

  /** The user's memberships, most recently joined first, with whether each is their main department. */
  async function myDepartmentPage(caller: SignedInCaller, input: PageInput) {
    const user = await signedIn.signedInUser(caller);
    const where = { userId: user.id };
    const [totalCount, list] = await Promise.all([
      db.departmentMember.count({ where }),
      db.departmentMember.findMany({
        where,
        include: { department: { include: { organization: true } } },
        orderBy: [{ createdAt: "desc" }, { departmentId: "asc" }],
        ...pageOf(input),
      }),
    ]);
    return { totalCount, list, mainDepartmentId: user.mainDepartmentId };
  }

  /** Sessions still open now: not revoked, not expired. */
  const openSessions = (userId: string) => ({ userId, revokedAt: null, expiresAt: { gt: clock.now() } });

  /** The applications the user may sign in to, each with whether they are signed in to it now. */
  async function myApplications(caller: SignedInCaller) {
    const user = await signedIn.signedInUser(caller);
    const [applications, open] = await Promise.all([
      db.application.findMany(await myResources.myApplications(caller)),
      db.session.findMany({
        where: openSessions(user.id),
        select: { applicationId: true },
        distinct: ["applicationId"],
      }),
    ]);
    const active = new Set(open.map((session) => session.applicationId));
    return applications.map((application) => ({ application, active: active.has(application.id) }));
  }

  /** The applications the user has an open session in. */
  async function myLoggedInApplications(caller: SignedInCaller) {
    return (await myApplications(caller)).filter((entry) => entry.active);
  }

  async function myLoginHistory(caller: SignedInCaller, input: LoginHistoryFilter) {
    const user = await signedIn.signedInUser(caller);
    return { user, ...(await loginHistoryPage(db, user.id, input)) };
  }

  async function myIdentities(caller: SignedInCaller) {
    const user = await signedIn.signedInUser(caller);
    return db.identity.findMany({ where: { userId: user.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  }

  /**
   * GenAuth's security summary: a password and its strength, a proven email and phone, and a score out of 100
   * (40 for a password scaled by its strength, 30 for each proven address). No factor beyond them exists yet.
   */
  async function mySecurityInfo(caller: SignedInCaller) {
    const user = await signedIn.signedInUser(caller);
    const passwordSet = user.passwordHash !== null;
    const level = passwordSet ? (user.passwordSecurityLevel ?? 1) : 0;
    const emailBinded = Boolean(user.email && user.emailVerified);
    const phoneBinded = Boolean(user.phone && user.phoneVerified);
    return {
      passwordSet,
      passwordSecurityLevel: level,
      emailBinded,
      phoneBinded,
      mfaEnrolled: false,
      securityScore: Math.round((40 * level) / 3) + (emailBinded ? 30 : 0) + (phoneBinded ? 30 : 0),
    };
  }

  return {
    myRoles,
    myGroups,
    myDepartmentPage,
    myApplications,
    myLoggedInApplications,
    myLoginHistory,
    myIdentities,
    mySecurityInfo,
  };
}

export type MyRecords = ReturnType<typeof createMyRecords>;
