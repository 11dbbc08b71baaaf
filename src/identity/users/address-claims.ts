// An email or phone on an account is a claim until a passcode proves it. An unproven claim must never reserve an
// address against its owner (who would get "taken" when signing up) nor unlock the account for them (an attacker
// who registered victim@example.com with a password would share the victim's account once the victim signs in by
// passcode). The rules, in one place:
// - proving an address that another account holds unproven takes it from that account;
// - proving an address that the signing-in account holds unproven makes the prover its only holder: whatever was
//   set while nobody had proven anything (the password, the sessions, other unproven addresses) is dropped; if the
//   account already has another proven address, the unproven one was someone else's claim and is released instead.
import type { Db } from "../../db/index.ts";
import type { User } from "../../generated/prisma/client.ts";

export interface ProvenAddress {
  email?: string;
  phone?: string;
  phoneCountryCode?: string;
}

export type AddressStanding =
  /** The account holds the address proven, or nobody holds it. */
  | "proven"
  /** The account holds it unproven and has no other proven address: the prover takes the account over. */
  | "takeOver"
  /** The account holds it unproven but was proven through another address: the claim is released. */
  | "release";

/** How a passcode-proven address stands on the account that holds it. */
export function standingOf(
  user: Pick<User, "email" | "emailVerified" | "phone" | "phoneVerified">,
  address: ProvenAddress,
): AddressStanding {
  const byEmail = Boolean(address.email);
  const provenHere = byEmail ? user.emailVerified : user.phoneVerified;
  if (provenHere) return "proven";
  const provenElsewhere = byEmail
    ? Boolean(user.phone && user.phoneVerified)
    : Boolean(user.email && user.emailVerified);
  return provenElsewhere ? "release" : "takeOver";
}

/** What a takeover clears on the account, besides its sessions: the password and the other unproven address. */
export function takeOverChanges(
  user: Pick<User, "email" | "emailVerified" | "phone" | "phoneVerified">,
  address: ProvenAddress,
) {
  const dropPhone = Boolean(address.email && user.phone && !user.phoneVerified);
  const dropEmail = Boolean(address.phone && user.email && !user.emailVerified);
  return { clearPassword: true as const, dropPhone, dropEmail };
}

export function createAddressClaims({ db }: { db: Db }) {
  /**
   * Takes an address from any other account of the pool that holds it unproven. Returns whether a proven holder
   * remains (then the address is truly taken).
   */
  async function releaseUnprovenClaims(
    userPoolId: string,
    address: ProvenAddress,
    exceptUserId?: string,
  ): Promise<{ provenHolder: boolean }> {
    const notThisUser = exceptUserId ? { id: { not: exceptUserId } } : {};
    if (address.email) {
      await db.user.updateMany({
        where: { userPoolId, email: address.email, emailVerified: false, ...notThisUser },
        data: { email: null },
      });
      const holder = await db.user.count({ where: { userPoolId, email: address.email, ...notThisUser } });
      return { provenHolder: holder > 0 };
    }
    const phone = { phone: address.phone!, phoneCountryCode: address.phoneCountryCode! };
    await db.user.updateMany({
      where: { userPoolId, ...phone, phoneVerified: false, ...notThisUser },
      data: { phone: null, phoneCountryCode: null },
    });
    const holder = await db.user.count({ where: { userPoolId, ...phone, ...notThisUser } });
    return { provenHolder: holder > 0 };
  }

  return { releaseUnprovenClaims };
}

export type AddressClaims = ReturnType<typeof createAddressClaims>;
