// A test gateway behind a real port, for clients that speak HTTP themselves (GenAuth's SDKs use axios).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestGateway } from "./gateway.ts";

export async function listenOnPort(gateway: TestGateway): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer(gateway.app.nodeListener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
