/**
 * The caller's IP: the socket's address, or the first X-Forwarded-For hop when the gateway runs behind a trusted
 * proxy (TRUST_PROXY). Never trust the header otherwise: anyone can send it.
 */
export function clientAddress(request: Request, socketAddress: string | null, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return socketAddress;
}
