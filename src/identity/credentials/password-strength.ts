// GenAuth's passwordSecurityLevel (1 low, 2 medium, 3 high), judged when a password is set (a hash cannot be
// judged later) from its length and kinds of character, as GenAuth's own levels are. Common and repetitive
// passwords never get here (the policy refuses them). zxcvbn would judge better but costs ~10 ms of the event
// loop per password, which a sign-up burst or a 100-user import cannot afford.
const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

export function passwordSecurityLevel(password: string): 1 | 2 | 3 {
  const length = [...password].length;
  const variety = kinds.filter((kind) => kind.test(password)).length;
  if (length >= 20 || (length >= 16 && variety >= 2) || (length >= 12 && variety >= 3)) return 3;
  if (length >= 12 || (length >= 8 && variety >= 2)) return 2;
  return 1;
}

/** The columns a newly set password writes: its hash, when, and how strong it was. */
export function passwordColumns(passwordHash: string, password: string, at: Date) {
  return { passwordHash, passwordLastSetAt: at, passwordSecurityLevel: passwordSecurityLevel(password) };
}
