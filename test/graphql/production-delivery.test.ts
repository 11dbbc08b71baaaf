// Production never writes a live passcode to the development outbox (a table and a log line): a transport with no
// carrier refuses to send, with a typed error, and leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDelivery } from "../../src/delivery/index.ts";
import { silentLog, TestGateway } from "../helpers/gateway.ts";
import { SendEmail, SendSms } from "./passcode-documents.ts";

describe("production without SMTP or an SMS webhook", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await TestGateway.start({
      delivery: (db) => createDelivery({ production: true, smtp: null, smsWebhook: null }, db, silentLog),
    });
  });
  afterAll(() => gateway?.close());

  it("refuses email and SMS passcodes with DeliveryNotConfiguredError (2022); no code, outbox row or count is left", async () => {
    const email = await gateway.execute(SendEmail, { channel: "CHANNEL_LOGIN", email: "live@example.com" });
    expect(email.data.sendEmail).toMatchObject({
      __typename: "DeliveryNotConfiguredError",
      apiCode: 2022,
      statusCode: 503,
    });
    const sms = await gateway.execute(SendSms, { channel: "CHANNEL_LOGIN", phoneNumber: "13800000042" });
    expect(sms.data.sendSms).toMatchObject({ __typename: "DeliveryNotConfiguredError", apiCode: 2022 });
    expect(await gateway.db.outboxMessage.count({ where: { userPoolId: gateway.pool.id } })).toBe(0);
    expect(await gateway.db.passcode.count({ where: { userPoolId: gateway.pool.id } })).toBe(0);
    expect(await gateway.db.attemptCounter.count({ where: { userPoolId: gateway.pool.id } })).toBe(0);
  });
});
