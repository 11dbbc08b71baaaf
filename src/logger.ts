// JSON logs with pino. Anything that could carry a secret is redacted at the logger, so a careless call site
// cannot leak a password, token or secret into the logs.
import { pino, type Logger as PinoLogger } from "pino";

export type Logger = PinoLogger;

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        "password", "*.password", "newPassword", "*.newPassword", "oldPassword", "*.oldPassword",
        "secret", "*.secret", "accessKeySecret", "*.accessKeySecret", "token", "*.token",
        "access_token", "*.access_token", "id_token", "*.id_token", "refresh_token", "*.refresh_token",
        "authorization", "*.authorization", "clientSecret", "*.clientSecret", "headers.authorization", "req.headers.authorization", "variables",
      ],
      censor: "[redacted]",
    },
  });
}
